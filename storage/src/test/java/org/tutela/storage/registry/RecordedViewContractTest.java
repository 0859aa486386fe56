package org.tutela.storage.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.registry.StateIncidentSamples.AZ;
import static org.tutela.core.registry.StateIncidentSamples.TM;
import static org.tutela.core.registry.StateIncidentSamples.ids;
import static org.tutela.core.registry.StateIncidentSamples.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Revision;
import org.tutela.core.registry.Samples;
import org.tutela.core.registry.Source;
import org.tutela.core.registry.StateIncidents;
import org.tutela.core.screening.PersonResolver;
import org.tutela.core.screening.RulePack;
import org.tutela.core.screening.Screening;
import org.tutela.storage.Jdbc;
import org.tutela.storage.StatementCounter;
import org.tutela.storage.StorageContract;
import org.tutela.storage.security.RecordCompartments;

/**
 * The registry as recorded by an instant answers the narrow questions (by id, by referrer, by key, a state's
 * incidents) from the database as they stood then: a record edited later answers with its old revision, one
 * created or retracted later as it was, one in another compartment is not counted. And it reads what it is
 * asked, not the registry: what a screening "as known on a day" reads does not grow with unrelated records.
 */
abstract class RecordedViewContractTest extends StorageContract {
    private static final Change IMPORT = Change.by("curator@example.org", "sources, persons and incidents");
    private static final Change EDIT = Change.by("editor@example.org", "after the day");
    private static final RecordId FIRST_SOURCE = RecordId.of("source-first");
    private static final RecordId SECOND_SOURCE = RecordId.of("source-second");

    private JdbcRegistry registry;
    /** The instant asked about: just after the first import. */
    private Instant recorded;

    @BeforeEach
    void importThenEditAfterTheInstant() {
        registry = storage.registry();
        // the sample case without its refugee status, which is recorded after the instant
        List<RegistryRecord> first = new ArrayList<>(Samples.all().stream().filter(r -> !r.id().equals(Samples.refugeeStatus().id())).toList());
        first.addAll(List.of(source(FIRST_SOURCE), source(SECOND_SOURCE), person("person-citing", FIRST_SOURCE),
                person("person-retracted-later", FIRST_SOURCE), person("person-retracted-before", FIRST_SOURCE),
                incident("incident-moved-later", TM, LocalDate.of(2020, 5, 1), null),
                incident("incident-tm", TM, LocalDate.of(2019, 5, 1), null)));
        registry.saveAll(first, IMPORT);
        Revision retraction = registry.retract(RecordId.of("person-retracted-before"), IMPORT);
        recorded = retraction.recordedAt();

        registry.save(person("person-citing", SECOND_SOURCE), EDIT);
        registry.save(incident("incident-moved-later", AZ, LocalDate.of(2020, 5, 1), null), EDIT);
        registry.saveAll(List.of(person("person-created-later", FIRST_SOURCE), incident("incident-tm-later", TM, LocalDate.of(2020, 1, 1), null)), EDIT);
        registry.retract(RecordId.of("person-retracted-later"), EDIT);
        registry.save(Samples.refugeeStatus(), EDIT);
    }

    private RegistryView asRecorded() {
        return registry.asRecordedAt(recorded);
    }

    @Test
    void aRecordEditedAfterTheInstantAnswersWithItsOldRevision() {
        assertThat(asRecorded().get(RecordId.of("person-citing"))).contains(person("person-citing", FIRST_SOURCE));
        assertThat(ids(asRecorded().referencing(FIRST_SOURCE))).contains("person-citing");
        assertThat(ids(asRecorded().referencing(SECOND_SOURCE, Person.class))).isEmpty();
        assertThat(ids(registry.referencing(SECOND_SOURCE, Person.class))).containsExactly("person-citing");

        assertThat(asRecorded().withAnyKey(Incident.class, List.of(RecordKey.perpetrator(TM))))
                .extracting(RegistryRecord::id).contains(RecordId.of("incident-moved-later"));
        assertThat(asRecorded().withAnyKey(Incident.class, List.of(RecordKey.perpetrator(AZ)))).isEmpty();
        StateIncidents tm = StateIncidents.of(List.of(TM, AZ), List.of(), 5);
        assertThat(asRecorded().incidents(tm).counts()).extracting(StateIncidents.StateCount::state).containsExactly(TM);
        assertThat(ids(asRecorded().incidents(tm).latest())).containsExactly("incident-moved-later", "incident-tm");
        assertThat(ids(registry.incidents(tm).latest())).containsExactly("incident-moved-later", "incident-tm-later", "incident-tm");
    }

    @Test
    void aRecordCreatedAfterTheInstantIsAbsentAndOneRetractedIsAsItWasThen() {
        RegistryView then = asRecorded();
        assertThat(then.get(RecordId.of("person-created-later"))).isEmpty();
        assertThat(then.get(RecordId.of("incident-tm-later"))).isEmpty();
        assertThat(then.get(RecordId.of("person-retracted-before"))).isEmpty();
        assertThat(then.get(RecordId.of("person-retracted-later"))).isPresent();
        assertThat(ids(then.referencing(FIRST_SOURCE)))
                .containsExactly("person-citing", "person-retracted-later");
        assertThat(ids(then.all(Person.class))).doesNotContain("person-created-later", "person-retracted-before")
                .contains("person-retracted-later");
        assertThat(ids(then.withAnyKey(Incident.class, List.of(RecordKey.perpetrator(TM))))).doesNotContain("incident-tm-later");
        assertThat(then.incidents(StateIncidents.of(List.of(TM), List.of(), 0)).total()).isEqualTo(2);

        // before anything was recorded, nothing is
        RegistryView before = registry.asRecordedAt(recorded.minusSeconds(3600));
        assertThat(before.get(Samples.TARGET)).isEmpty();
        assertThat(before.referencing(FIRST_SOURCE)).isEmpty();
        assertThat(before.incidents(StateIncidents.of(List.of(TM), List.of(), 3))).isEqualTo(StateIncidents.Tally.NONE);
    }

    @Test
    void aScreeningAsKnownBeforeAFactWasRecordedDoesNotSeeIt() {
        Screening engine = new Screening(RulePack.standard(), PersonResolver.recorded());
        LocalDate asOf = LocalDate.of(2021, 3, 1);
        assertThat(engine.screen(Samples.mlaRequest(), registry, asOf).firedIds()).contains("TNR-01");
        List<String> before = engine.screen(Samples.mlaRequest(), asRecorded(), asOf).firedIds();
        assertThat(before).doesNotContain("TNR-01").isNotEmpty();
        assertThat(engine.screen(Samples.mlaRequest(), registry.asRecordedAt(Instant.now()), asOf).firedIds()).contains("TNR-01");
    }

    @Test
    void anIncidentInAnotherCompartmentIsNotCounted() {
        RecordCompartments compartments = new RecordCompartments(storage.dataSource());
        compartments.assign(List.of("incident-tm", "incident-tm-later"), "ngo-a");
        compartments.assign(List.of("incident-moved-later"), "ngo-b");
        StateIncidents tm = StateIncidents.of(List.of(TM), List.of(), 5);
        ScopedIncidents then = (ScopedIncidents) asRecorded();

        assertThat(ids(then.incidents(tm, RecordScope.within(List.of("ngo-a"))).latest())).containsExactly("incident-tm");
        assertThat(ids(then.incidents(tm, RecordScope.within(List.of("ngo-b"))).latest())).containsExactly("incident-moved-later");
        assertThat(then.incidents(tm, RecordScope.UNASSIGNED)).isEqualTo(StateIncidents.Tally.NONE);
        assertThat(then.incidents(tm, RecordScope.within(List.of("ngo-a", "ngo-b"))).total()).isEqualTo(2);
    }

    @Test
    void anIncidentLinkedThenToTheScreenedRequestIsLeftOutAsItWasLinkedThen() {
        registry.save(incident("incident-tm", TM, LocalDate.of(2019, 5, 1), null, Samples.REQUEST), EDIT);
        StateIncidents screened = StateIncidents.of(List.of(TM), List.of(Samples.REQUEST), 5);
        assertThat(ids(asRecorded().incidents(screened).latest())).contains("incident-tm");
        assertThat(ids(registry.incidents(screened).latest())).doesNotContain("incident-tm");
    }

    @Test
    void theMigrationFillsTheKeysAndReferencesOfRevisionsWrittenBeforeIt() throws Exception {
        StateIncidents tm = StateIncidents.of(List.of(TM, AZ), List.of(), 5);
        StateIncidents.Tally tally = asRecorded().incidents(tm);
        List<RegistryRecord> referrers = asRecorded().referencing(FIRST_SOURCE);
        Jdbc.inTransaction(storage.dataSource(), c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM revision_key");
                st.executeUpdate("DELETE FROM revision_reference");
            }
            return null;
        }, "the revisions' index");
        assertThat(asRecorded().incidents(tm)).isEqualTo(StateIncidents.Tally.NONE);
        assertThat(asRecorded().referencing(FIRST_SOURCE)).isEmpty();
        Jdbc.inTransaction(storage.dataSource(), c -> {
            try {
                new db.migration.V131__revision_index_backfill().migrate(StateIncidentsContractTest.context(c));
            } catch (Exception e) {
                throw new java.sql.SQLException(e);
            }
            return null;
        }, "the revisions' index");
        assertThat(asRecorded().incidents(tm)).isEqualTo(tally);
        assertThat(asRecorded().referencing(FIRST_SOURCE)).isEqualTo(referrers);
    }

    @Test
    void eachQuestionReadsWhatItAsksNotTheRegistry() {
        StatementCounter counter = new StatementCounter();
        JdbcRegistry counted = new JdbcRegistry(counter.wrap(storage.dataSource()));
        RegistryView then = counted.asRecordedAt(recorded);

        then.get(RecordId.of("person-citing"));
        assertThat(counter.statements()).isEqualTo(1);
        assertThat(counter.rows()).isEqualTo(1);
        counter.reset();
        assertThat(then.referencing(FIRST_SOURCE)).hasSize(2);
        assertThat(counter.rows()).isEqualTo(2);
        counter.reset();
        then.incidents(StateIncidents.of(List.of(TM), List.of(), 1));
        assertThat(counter.rows()).as("the state's count, and the latest incident's record with its id").isEqualTo(2);
    }

    @Test
    void aScreeningAsKnownOnADayReadsNoMoreForUnrelatedRecords() {
        Screening engine = new Screening(RulePack.standard(), PersonResolver.recorded());
        StatementCounter counter = new StatementCounter();
        JdbcRegistry counted = new JdbcRegistry(counter.wrap(storage.dataSource()));
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        Instant endOfToday = org.tutela.core.registry.Registry.endOf(today);

        registry.saveAll(unrelated(0, 40), IMPORT);
        counted.onOneConnection(() -> engine.screen(Samples.mlaRequest(), counted.asRecordedAt(endOfToday), today));
        int statements = counter.statements();
        int rows = counter.rows();
        registry.saveAll(unrelated(40, 240), IMPORT);
        counter.reset();
        counted.onOneConnection(() -> engine.screen(Samples.mlaRequest(), counted.asRecordedAt(endOfToday), today));
        System.out.printf("a screening as known on a day (%s): %d statements, %d rows%n", database(), statements, rows);

        assertThat(counter.statements()).isEqualTo(statements);
        assertThat(counter.rows()).as("rows read with 200 more unrelated persons").isEqualTo(rows);
        assertThat(rows).isLessThan(Samples.all().size() + 40);
    }

    private static List<RegistryRecord> unrelated(int from, int to) {
        return IntStream.range(from, to).<RegistryRecord>mapToObj(i -> new Person(RecordId.of("person-unrelated-" + i),
                List.of(PersonName.of("Unrelated Person " + i, PersonName.Kind.PRIMARY)), Optional.empty(), Optional.empty(),
                List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none())).toList();
    }

    private static Source source(RecordId id) {
        return new Source(id, "report " + id.value(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Source.Type.NEWS_ARTICLE, Source.Reliability.POSSIBLY_TRUE, Optional.empty(), Provenance.none());
    }

    private static Person person(String id, RecordId source) {
        return new Person(RecordId.of(id), List.of(PersonName.of("Person " + id, PersonName.Kind.PRIMARY)), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Set.of(), Optional.empty(), Provenance.of(source));
    }
}
