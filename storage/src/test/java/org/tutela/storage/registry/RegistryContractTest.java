package org.tutela.storage.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.Claim;
import org.tutela.core.registry.Conflict;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.MissingReferenceException;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordInUseException;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.RecordQuery;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Revision;
import org.tutela.core.registry.RevisionConflictException;
import org.tutela.core.registry.Samples;
import org.tutela.core.registry.Source;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageContract;

/**
 * What any registry storage must do. Run unchanged against each database: a subclass only says how
 * to get a fresh, empty one.
 */
abstract class RegistryContractTest extends StorageContract {
    private static final Change IMPORT = Change.by("curator@example.org", "initial import of the sample case");
    private static final Change EDIT = Change.by("editor@example.org", "correction after review");

    protected Registry registry;

    @BeforeEach
    void setUp() {
        registry = storage.registry();
    }

    private void reopen() {
        storage.close();
        storage = Storage.open(config);
        registry = storage.registry();
    }

    private static Person withNotes(Person p, String notes) {
        return new Person(p.id(), p.names(), p.birthDate(), p.gender(), p.nationalities(), p.residences(), p.roles(),
                Optional.of(notes), p.provenance());
    }

    private static Source source(String id, String title) {
        return new Source(RecordId.of(id), title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Source.Type.NEWS_ARTICLE, Source.Reliability.POSSIBLY_TRUE, Optional.empty(), Provenance.none());
    }

    private static Person person(String id, RecordId source, PersonName... names) {
        return new Person(RecordId.of(id), List.of(names), Optional.empty(), Optional.empty(), List.of(), List.of(),
                Set.of(), Optional.empty(), Provenance.of(source));
    }

    @Test
    void recordsReadBackAsSaved() {
        List<Revision> revisions = registry.saveAll(Samples.all(), IMPORT);

        assertThat(revisions).hasSize(Samples.all().size()).allSatisfy(r -> assertThat(r.number()).isEqualTo(1));
        for (RegistryRecord record : Samples.all()) {
            assertThat(registry.get(record.id())).as(record.id().value()).contains(record);
        }
        assertThat(registry.get(RecordId.of("person-nobody"))).isEmpty();
        assertThat(registry.all(Person.class)).containsExactly(Samples.brother(), Samples.target());
        assertThat(registry.all(RegistryRecord.class)).hasSize(Samples.all().size());
    }

    @Test
    void recordsAreLookedUpByTheirKeysAsTheyNowAre() {
        registry.saveAll(Samples.all(), IMPORT);
        assertThat(registry.withAnyKey(org.tutela.core.registry.Proceeding.class, List.of(org.tutela.core.registry.RecordKey.caseNumber("№ 2020-0417"))))
                .containsExactly(Samples.criminalCase());
        assertThat(registry.withAnyKey(RegistryRecord.class, List.of(org.tutela.core.registry.RecordKey.caseNumber("2020-0417"))))
                .containsExactly(Samples.brotherDetained(), Samples.criminalCase());
        assertThat(registry.withAnyKey(org.tutela.core.registry.Incident.class,
                List.of(org.tutela.core.registry.RecordKey.perpetrator(Samples.PERSECUTOR)))).containsExactly(Samples.brotherDetained());
        assertThat(registry.withAnyKey(CooperationRequest.class, List.of(org.tutela.core.registry.RecordKey.stateBehind(Samples.PERSECUTOR),
                org.tutela.core.registry.RecordKey.stateBehind(Samples.HOST)))).containsExactly(Samples.mlaRequest());
        assertThat(registry.withAnyKey(CooperationRequest.class, List.of(org.tutela.core.registry.RecordKey.stateBehind(Samples.HOST)))).isEmpty();

        org.tutela.core.registry.Proceeding p = Samples.criminalCase();
        org.tutela.core.registry.Proceeding renumbered = new org.tutela.core.registry.Proceeding(p.id(), p.state(), "2020-0999", p.type(),
                p.authority(), p.charges(), p.accused(), p.complainants(), p.opened(), p.status(), p.related(), p.notes(), p.provenance());
        registry.save(renumbered, EDIT);
        assertThat(registry.withAnyKey(org.tutela.core.registry.Proceeding.class, List.of(org.tutela.core.registry.RecordKey.caseNumber("2020-0417")))).isEmpty();
        assertThat(registry.withAnyKey(org.tutela.core.registry.Proceeding.class, List.of(org.tutela.core.registry.RecordKey.caseNumber("2020-0999"))))
                .containsExactly(renumbered);
        registry.retract(Samples.brotherDetained().id(), EDIT);
        assertThat(registry.withAnyKey(RegistryRecord.class, List.of(org.tutela.core.registry.RecordKey.caseNumber("2020-0417")))).isEmpty();
    }

    /** A database written before the keys existed gets them from migration V52 (run here on its own: later ones are applied). */
    @Test
    void keysOfRecordsStoredBeforeTheyExistedAreFilledIn() throws Exception {
        registry.saveAll(Samples.all(), IMPORT);
        try (java.sql.Connection c = storage.dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM record_key");
        }
        assertThat(registry.withAnyKey(RegistryRecord.class, List.of(org.tutela.core.registry.RecordKey.caseNumber("2020-0417")))).isEmpty();
        try (java.sql.Connection c = storage.dataSource().getConnection()) {
            new db.migration.V52__record_key_backfill().migrate(new org.flywaydb.core.api.migration.Context() {
                @Override
                public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                    return null;
                }

                @Override
                public java.sql.Connection getConnection() {
                    return c;
                }
            });
        }
        assertThat(registry.withAnyKey(RegistryRecord.class, List.of(org.tutela.core.registry.RecordKey.caseNumber("2020-0417"))))
                .containsExactly(Samples.brotherDetained(), Samples.criminalCase());
    }

    @Test
    void referrersAreAskedForByKind() {
        registry.saveAll(Samples.all(), IMPORT);
        assertThat(registry.referencing(Samples.TARGET, org.tutela.core.registry.Proceeding.class)).containsExactly(Samples.criminalCase());
        assertThat(registry.referencing(Samples.TARGET, CooperationRequest.class)).containsExactly(Samples.mlaRequest());
        assertThat(registry.referencing(Samples.TARGET, org.tutela.core.registry.Decision.class)).isEmpty();
        assertThat(registry.referencing(Samples.TARGET, RegistryRecord.class)).isEqualTo(registry.referencing(Samples.TARGET));
    }

    @Test
    void recordsSurviveClosingTheDatabase() {
        registry.saveAll(Samples.all(), IMPORT);
        reopen();
        assertThat(registry.get(Samples.REQUEST)).contains(Samples.mlaRequest());
        assertThat(registry.history(Samples.TARGET)).hasSize(1);
        Revision next = registry.save(withNotes(Samples.target(), "after reopening"), EDIT);
        assertThat(next.number()).isEqualTo(2);
    }

    @Test
    void anUpdateAddsARevisionAndKeepsTheOldOne() {
        registry.saveAll(Samples.all(), IMPORT);
        Person moved = withNotes(Samples.target(), "moved to another city");

        Revision second = registry.save(moved, EDIT);

        assertThat(second.number()).isEqualTo(2);
        assertThat(registry.get(Samples.TARGET)).contains(moved);
        assertThat(registry.history(Samples.TARGET)).extracting(r -> r.state().orElseThrow())
                .containsExactly(Samples.target(), moved);
        assertThat(registry.count(Optional.of(RecordKind.PERSON))).isEqualTo(2);
    }

    @Test
    void historySaysWhoWhenAndWhy() {
        Instant before = Instant.now().minusSeconds(1);
        registry.saveAll(Samples.all(), IMPORT);
        registry.save(withNotes(Samples.target(), "second"), EDIT);
        Instant after = Instant.now().plusSeconds(1);

        List<Revision> history = registry.history(Samples.TARGET);

        assertThat(history).extracting(Revision::number).containsExactly(1, 2);
        assertThat(history).extracting(Revision::recordedBy).containsExactly(IMPORT.author(), EDIT.author());
        assertThat(history).extracting(Revision::reason).containsExactly(IMPORT.reason(), EDIT.reason());
        assertThat(history).extracting(Revision::kind).containsOnly(RecordKind.PERSON);
        assertThat(history).allSatisfy(r -> assertThat(r.recordedAt()).isBetween(before, after));
        assertThat(history.get(1).recordedAt()).isAfter(history.get(0).recordedAt());
        assertThat(registry.history(RecordId.of("person-nobody"))).isEmpty();
    }

    @Test
    void asRecordedAtReturnsTheStateOfThatTime() {
        Revision first = registry.saveAll(Samples.all(), IMPORT).get(2);
        assertThat(first.id()).isEqualTo(Samples.TARGET);
        Person changed = withNotes(Samples.target(), "changed later");
        Revision second = registry.save(changed, EDIT);

        assertThat(registry.asRecordedAt(Samples.TARGET, first.recordedAt())).contains(Samples.target());
        assertThat(registry.asRecordedAt(Samples.TARGET, second.recordedAt().minusNanos(1000))).contains(Samples.target());
        assertThat(registry.asRecordedAt(Samples.TARGET, second.recordedAt())).contains(changed);
        assertThat(registry.asRecordedAt(Samples.TARGET, Instant.now().plusSeconds(60))).contains(changed);
        assertThat(registry.asRecordedAt(Samples.TARGET, first.recordedAt().minusSeconds(1))).isEmpty();
    }

    @Test
    void theRegistryAsRecordedAtAnInstantHoldsOnlyWhatHadBeenRecordedByThen() {
        List<Revision> imported = registry.saveAll(Samples.all(), IMPORT);
        Instant afterImport = imported.stream().map(Revision::recordedAt).max(Instant::compareTo).orElseThrow();
        Instant beforeImport = imported.stream().map(Revision::recordedAt).min(Instant::compareTo).orElseThrow();
        Person changed = withNotes(Samples.target(), "changed later");
        Revision edit = registry.save(changed, EDIT);
        RecordId finding = Samples.brotherDetentionFinding().id();
        registry.retract(RecordId.of("claim-sample-1"), EDIT);
        registry.retract(RecordId.of("claim-sample-2"), EDIT);
        Revision retraction = registry.retract(finding, EDIT);

        org.tutela.core.registry.RegistryView before = registry.asRecordedAt(beforeImport.minusSeconds(1));
        assertThat(before.all(RegistryRecord.class)).isEmpty();

        org.tutela.core.registry.RegistryView asImported = registry.asRecordedAt(afterImport);
        assertThat(asImported.all(RegistryRecord.class)).extracting(RegistryRecord::id)
                .containsExactlyInAnyOrderElementsOf(Samples.all().stream().map(RegistryRecord::id).toList());
        assertThat(asImported.get(Samples.TARGET)).contains(Samples.target());
        assertThat(asImported.referencing(Samples.CASE)).extracting(RegistryRecord::id).contains(finding);

        org.tutela.core.registry.RegistryView asEdited = registry.asRecordedAt(edit.recordedAt());
        assertThat(asEdited.get(Samples.TARGET)).contains(changed);
        assertThat(asEdited.get(finding)).contains(Samples.brotherDetentionFinding());

        org.tutela.core.registry.RegistryView now = registry.asRecordedAt(retraction.recordedAt());
        assertThat(now.get(finding)).isEmpty();
        assertThat(now.referencing(Samples.CASE)).extracting(RegistryRecord::id).doesNotContain(finding);
        assertThat(now.all(RegistryRecord.class)).hasSize(Samples.all().size() - 3);

        // read back after a restart: the revisions, not anything held in memory, are what it reads
        reopen();
        assertThat(registry.asRecordedAt(edit.recordedAt()).get(Samples.TARGET)).contains(changed);
        assertThat(registry.asRecordedAt(afterImport).get(Samples.TARGET)).contains(Samples.target());
    }

    @Test
    void aRetractionHidesTheRecordButKeepsItsHistory() {
        registry.saveAll(Samples.all(), IMPORT);
        RecordId finding = Samples.brotherDetentionFinding().id();
        assertThat(registry.saveAll(List.of(), IMPORT)).isEmpty();
        // the claims about the finding point to it; they go first
        Revision c1 = registry.retract(RecordId.of("claim-sample-1"), EDIT);
        registry.retract(RecordId.of("claim-sample-2"), EDIT);
        Revision retraction = registry.retract(finding, Change.by("editor@example.org", "entered twice"));

        assertThat(c1.retracted()).isTrue();
        assertThat(retraction.retracted()).isTrue();
        assertThat(retraction.number()).isEqualTo(2);
        assertThat(registry.get(finding)).isEmpty();
        assertThat(registry.find(RecordQuery.of(RecordKind.DECISION))).isEmpty();
        assertThat(registry.count(Optional.of(RecordKind.DECISION))).isZero();
        assertThat(registry.referencing(Samples.CASE)).extracting(RegistryRecord::id).doesNotContain(finding);
        List<Revision> history = registry.history(finding);
        assertThat(history).extracting(Revision::retracted).containsExactly(false, true);
        assertThat(history.get(1).reason()).isEqualTo("entered twice");
        assertThat(registry.asRecordedAt(finding, history.get(0).recordedAt())).contains(Samples.brotherDetentionFinding());
        assertThat(registry.asRecordedAt(finding, retraction.recordedAt())).isEmpty();

        assertThatThrownBy(() -> registry.retract(finding, EDIT)).isInstanceOf(RecordNotFoundException.class)
                .hasMessageContaining(finding.value());
        assertThatThrownBy(() -> registry.retract(RecordId.of("person-nobody"), EDIT)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> registry.save(Samples.conflictingDates().get(0), IMPORT)).isInstanceOf(MissingReferenceException.class);

        Revision back = registry.save(Samples.brotherDetentionFinding(), Change.by("editor@example.org", "was right after all"));
        assertThat(back.number()).isEqualTo(3);
        assertThat(registry.get(finding)).contains(Samples.brotherDetentionFinding());
    }

    @Test
    void aRecordOthersReferToCannotBeRetracted() {
        registry.saveAll(Samples.all(), IMPORT);

        assertThatThrownBy(() -> registry.retract(Samples.SOURCE, EDIT))
                .isInstanceOfSatisfying(RecordInUseException.class, e -> {
                    assertThat(e.record()).isEqualTo(Samples.SOURCE);
                    assertThat(e.referencedBy()).contains(Samples.TARGET, Samples.REQUEST);
                });
        assertThat(registry.get(Samples.SOURCE)).contains(Samples.report());
        assertThat(registry.history(Samples.SOURCE)).hasSize(1);
    }

    @Test
    void aStaleRevisionIsAConflict() {
        registry.saveAll(List.of(Samples.report()), IMPORT);
        assertThat(registry.save(Samples.target(), 0, IMPORT).number()).isEqualTo(1);
        Person mine = withNotes(Samples.target(), "mine");
        Person theirs = withNotes(Samples.target(), "theirs");
        assertThat(registry.save(theirs, 1, EDIT).number()).isEqualTo(2);

        assertThatThrownBy(() -> registry.save(mine, 1, EDIT))
                .isInstanceOfSatisfying(RevisionConflictException.class, e -> {
                    assertThat(e.record()).isEqualTo(Samples.TARGET);
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });
        assertThatThrownBy(() -> registry.save(Samples.report(), 0, EDIT)).isInstanceOf(RevisionConflictException.class);
        assertThat(registry.get(Samples.TARGET)).contains(theirs);
        assertThat(registry.save(mine, 2, EDIT).number()).isEqualTo(3);
    }

    @Test
    void aMissingReferenceFailsAndChangesNothing() {
        assertThatThrownBy(() -> registry.save(Samples.target(), IMPORT))
                .isInstanceOfSatisfying(MissingReferenceException.class, e -> {
                    assertThat(e.record()).isEqualTo(Samples.TARGET);
                    assertThat(e.missing()).isEqualTo(Samples.SOURCE);
                    assertThat(e.getMessage()).contains(Samples.TARGET.value(), Samples.SOURCE.value());
                });
        assertThat(registry.count(Optional.empty())).isZero();
        assertThat(registry.history(Samples.TARGET)).isEmpty();
    }

    @Test
    void aBatchIsAllOrNothing() {
        registry.save(Samples.news(), IMPORT);
        List<RegistryRecord> batch = new ArrayList<>(List.of(Samples.report(), Samples.target()));
        batch.add(person("person-cites-nothing", RecordId.of("source-that-does-not-exist"), PersonName.of("No One", PersonName.Kind.PRIMARY)));
        batch.add(Samples.brother());
        batch.add(Samples.prosecutor());

        assertThatThrownBy(() -> registry.saveAll(batch, IMPORT))
                .isInstanceOfSatisfying(MissingReferenceException.class, e -> {
                    assertThat(e.record()).isEqualTo(RecordId.of("person-cites-nothing"));
                    assertThat(e.missing()).isEqualTo(RecordId.of("source-that-does-not-exist"));
                });
        assertThat(registry.count(Optional.empty())).isEqualTo(1);
        assertThat(registry.get(Samples.SOURCE)).isEmpty();
        assertThat(registry.history(Samples.TARGET)).isEmpty();
        assertThat(registry.referencing(Samples.SOURCE_2)).isEmpty();
    }

    @Test
    void aBatchMayReferToRecordsLaterInTheSameBatch() {
        List<RegistryRecord> reversed = new ArrayList<>(Samples.all());
        Collections.reverse(reversed);

        registry.saveAll(reversed, IMPORT);

        assertThat(registry.count(Optional.empty())).isEqualTo(Samples.all().size());
    }

    @Test
    void aBatchNamingOneRecordTwiceOrChangingAKindIsRefused() {
        registry.saveAll(List.of(Samples.report()), IMPORT);
        assertThatThrownBy(() -> registry.saveAll(List.of(Samples.news(), Samples.news()), IMPORT))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining(Samples.SOURCE_2.value());
        Person impostor = person(Samples.SOURCE.value(), Samples.SOURCE, PersonName.of("Not A Source", PersonName.Kind.PRIMARY));
        assertThatThrownBy(() -> registry.save(impostor, EDIT))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("source").hasMessageContaining("person");
        assertThat(registry.get(Samples.SOURCE)).contains(Samples.report());
        assertThat(registry.count(Optional.empty())).isEqualTo(1);
    }

    @Test
    void twoServersWritingTheSameRecordNeverLoseOrDoubleARevision() throws Exception {
        registry.saveAll(Samples.all(), IMPORT);
        // a second pool and registry on the same database, as a second server process would have
        try (Storage other = Storage.open(config)) {
            List<Registry> writers = List.of(registry, other.registry());
            List<Revision> written = new CopyOnWriteArrayList<>();
            List<Throwable> conflicts = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                Registry writer = writers.get(w % 2);
                String name = "writer-" + w;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 15; i++) {
                        try {
                            Change change = Change.by(name, "concurrent edit " + i);
                            if (i % 2 == 0) {
                                int seen = writer.history(Samples.TARGET).size();
                                written.add(writer.save(withNotes(Samples.target(), name + " " + i), seen, change));
                            } else {
                                written.add(writer.saveAll(List.of(withNotes(Samples.target(), name + " " + i)), change).get(0));
                            }
                        } catch (RuntimeException e) {
                            conflicts.add(e);
                        }
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }

            assertThat(conflicts).allSatisfy(e -> assertThat(e).isInstanceOf(RevisionConflictException.class));
            List<Revision> history = registry.history(Samples.TARGET);
            assertThat(history).extracting(Revision::number)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 1 + written.size()).boxed().toList());
            assertThat(history.subList(1, history.size())).extracting(Revision::reason)
                    .containsExactlyInAnyOrderElementsOf(written.stream().map(Revision::reason).toList());
            assertThat(registry.get(Samples.TARGET)).isEqualTo(history.get(history.size() - 1).state());
        }
    }

    @Test
    void findsByKindAndFieldIgnoringCase() {
        registry.saveAll(Samples.all(), IMPORT);

        assertThat(registry.find(RecordQuery.of(RecordKind.COOPERATION_REQUEST).where("requestingState", "BY")))
                .containsExactly(Samples.mlaRequest());
        assertThat(registry.find(RecordQuery.of(RecordKind.COOPERATION_REQUEST).where("requestingState", "by")
                .where("requestedState", "LT").where("measures.kind", "seize_devices")))
                .containsExactly(Samples.mlaRequest());
        assertThat(registry.find(RecordQuery.of(RecordKind.COOPERATION_REQUEST).where("requestingState", "KZ"))).isEmpty();
        assertThat(registry.find(RecordQuery.of(RecordKind.PERSON).where("nationalities", "by")))
                .containsExactly(Samples.brother(), Samples.target());
        assertThat(registry.find(RecordQuery.of(RecordKind.PERSON).where("names.full", "НАДЗЕЯ КАВАЛЕНКА")))
                .containsExactly(Samples.target());
        assertThat(registry.find(RecordQuery.of(RecordKind.PERSON).where("names.full", "Надзея"))).isEmpty();
        RecordQuery anyKind = new RecordQuery(Optional.empty(), Map.of("provenance.citations.source", Samples.SOURCE_2.value()),
                Optional.empty(), 0, 10);
        assertThat(registry.find(anyKind)).extracting(RegistryRecord::id)
                .containsExactly(RecordId.of("claim-sample-2"), Samples.brotherDetained().id(), Samples.BROTHER,
                        Samples.siblings().id());
    }

    @Test
    void findsByLabelTextAndPages() {
        registry.saveAll(Samples.all(), IMPORT);
        RecordQuery kavalenka = new RecordQuery(Optional.of(RecordKind.PERSON), Map.of(), Optional.of("KAVALENKA"), 0, 10);

        assertThat(registry.find(kavalenka)).containsExactly(Samples.brother(), Samples.target());
        assertThat(registry.find(new RecordQuery(Optional.of(RecordKind.PERSON), Map.of(), Optional.of("KAVALENKA"), 1, 1)))
                .containsExactly(Samples.target());
        assertThat(registry.find(new RecordQuery(Optional.empty(), Map.of(), Optional.of("%"), 0, 10))).isEmpty();
        assertThat(registry.find(new RecordQuery(Optional.empty(), Map.of(), Optional.empty(), 0, 3)))
                .extracting(RegistryRecord::id).isSorted().hasSize(3);
        assertThat(registry.find(new RecordQuery(Optional.empty(), Map.of(), Optional.empty(), 0, 1000)))
                .extracting(RegistryRecord::id).isSorted().hasSize(Samples.all().size());
    }

    @Test
    void referencingFollowsTheCurrentRevision() {
        registry.saveAll(Samples.all(), IMPORT);

        assertThat(registry.referencing(Samples.TARGET)).extracting(RegistryRecord::id).containsExactlyInAnyOrder(
                Samples.refugeeStatus().id(), Samples.siblings().id(), Samples.CASE, Samples.REQUEST,
                Samples.brotherDetained().id());
        assertThat(registry.referencing(Samples.REQUEST)).isEmpty();

        Person citesOtherSource = new Person(Samples.TARGET, Samples.target().names(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), Set.of(), Optional.empty(), Provenance.of(Samples.SOURCE_2));
        registry.save(citesOtherSource, EDIT);

        assertThat(registry.referencing(Samples.SOURCE)).extracting(RegistryRecord::id).doesNotContain(Samples.TARGET);
        assertThat(registry.referencing(Samples.SOURCE_2, Person.class)).containsExactly(Samples.brother(), citesOtherSource);
    }

    @Test
    void countsByKind() {
        assertThat(registry.count(Optional.empty())).isZero();
        registry.saveAll(Samples.all(), IMPORT);

        assertThat(registry.count(Optional.empty())).isEqualTo(Samples.all().size());
        assertThat(registry.count(Optional.of(RecordKind.SOURCE))).isEqualTo(2);
        assertThat(registry.count(Optional.of(RecordKind.CLAIM))).isEqualTo(2);
        assertThat(registry.count(Optional.of(RecordKind.COOPERATION_REQUEST))).isEqualTo(1);
        registry.save(withNotes(Samples.target(), "update"), EDIT);
        assertThat(registry.count(Optional.of(RecordKind.PERSON))).isEqualTo(2);
    }

    @Test
    void listenersHearOfEachCommitAndNothingElse() {
        List<List<Revision>> heard = new CopyOnWriteArrayList<>();
        registry.onChange(heard::add);
        registry.onChange(revisions -> {
            throw new IllegalStateException("a broken listener must not undo or hide the write");
        });

        List<Revision> saved = registry.saveAll(Samples.all(), IMPORT);
        assertThatThrownBy(() -> registry.save(Samples.target(), 0, EDIT)).isInstanceOf(RevisionConflictException.class);
        assertThatThrownBy(() -> registry.save(person("person-x", RecordId.of("source-none"),
                PersonName.of("X", PersonName.Kind.PRIMARY)), EDIT)).isInstanceOf(MissingReferenceException.class);
        Revision retraction = registry.retract(RecordId.of("claim-sample-1"), EDIT);

        assertThat(heard).containsExactly(saved, List.of(retraction));
        assertThat(registry.get(Samples.TARGET)).contains(Samples.target());
    }

    @Test
    void textInAnyScriptRoundTrips() {
        Source source = source("source-unicode", "Қазақстан: «Ұлттық қауіпсіздік» — מקור بالعربية");
        Person kazakh = person("person-kazakh", source.id(),
                PersonName.of("Әлия Нұрланқызы Қасымова", PersonName.Kind.NATIVE_SCRIPT),
                PersonName.of("Алия Нурлановна Касымова", PersonName.Kind.TRANSLITERATION),
                PersonName.of("Aliya Kassymova", PersonName.Kind.PRIMARY),
                PersonName.of("عالية قاسموفا", PersonName.Kind.ALIAS),
                PersonName.of("עליה קסימובה", PersonName.Kind.ALIAS),
                PersonName.of("Ғалия Өмірбек-Үкібай 𝒜𝓁𝒾𝓎𝒶 😀", PersonName.Kind.ALIAS));

        registry.saveAll(List.of(source, kazakh), IMPORT);
        reopen();

        assertThat(registry.get(kazakh.id())).contains(kazakh);
        assertThat(registry.get(source.id())).contains(source);
        assertThat(registry.find(RecordQuery.of(RecordKind.PERSON).where("names.full", "ӘЛИЯ НҰРЛАНҚЫЗЫ ҚАСЫМОВА")))
                .containsExactly(kazakh);
        assertThat(registry.find(RecordQuery.of(RecordKind.PERSON).where("names.full", "عالية قاسموفا"))).containsExactly(kazakh);
        assertThat(registry.find(new RecordQuery(Optional.empty(), Map.of(), Optional.of("ҰЛТТЫҚ"), 0, 10))).containsExactly(source);
        assertThat(registry.find(new RecordQuery(Optional.empty(), Map.of(), Optional.of("מקור"), 0, 10))).containsExactly(source);
    }

    @Test
    void conflictsBetweenSourcesAreReadableFromClaims() {
        registry.saveAll(Samples.all(), IMPORT);
        RecordId finding = Samples.brotherDetentionFinding().id();

        List<Conflict> conflicts = Conflict.among(registry.referencing(finding, Claim.class));

        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).subject()).isEqualTo(finding);
        assertThat(conflicts.get(0).property()).isEqualTo("date");
        assertThat(conflicts.get(0).claims()).containsExactlyInAnyOrderElementsOf(Samples.conflictingDates());

        Claim agreeing = new Claim(RecordId.of("claim-sample-2"), finding, "date", "2021-05-05",
                Provenance.of(Citation.of(Samples.SOURCE_2)));
        registry.save(agreeing, EDIT);
        assertThat(Conflict.among(registry.referencing(finding, Claim.class))).isEmpty();
    }

    @Test
    void screeningReadsSeeTheRegistryAsOfADate() {
        registry.saveAll(Samples.all(), IMPORT);

        assertThat(registry.asOf(LocalDate.of(2021, 1, 1)).all(CooperationRequest.class)).isEmpty();
        assertThat(registry.asOf(LocalDate.of(2021, 3, 1)).all(CooperationRequest.class)).containsExactly(Samples.mlaRequest());
        assertThat(registry.all(CooperationRequest.class).get(0).requestingState()).isEqualTo(Country.of("BY"));
    }
}
