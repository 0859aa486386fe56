package org.tutela.exchange.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.Claim;
import org.tutela.core.registry.Conflict;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Source;
import org.tutela.json.RecordJson;

/** The seed case as data: complete, consistent, and in the form the rest of Tutela reads. */
class DemoCaseTest {
    private static final RecordId JARDEMALIE = RecordId.of("person-csgj5chf4d");
    private static final RecordId BROTHER = RecordId.of("person-7274kkyxfs");
    private static final RecordId KAZAKH_CASE = RecordId.of("proceeding-kz-170000131000012");
    private static final RecordId MLA = RecordId.of("request-kz-be-mla-2018-03-30");

    private final List<RegistryRecord> records = DemoCase.records();
    private final RecordSet set = DemoCase.recordSet();

    /**
     * An id is shown wherever its record is referenced, to whoever may see the reference: it must not name
     * a person. Every word of four letters or more in a person's Latin names is looked for in every id.
     */
    @Test
    void noIdContainsAPersonsName() {
        Set<String> words = records.stream().filter(Person.class::isInstance).map(Person.class::cast)
                .flatMap(p -> p.names().stream())
                .flatMap(n -> java.util.Arrays.stream(n.full().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")))
                .filter(w -> w.length() >= 4).collect(Collectors.toSet());
        assertThat(words).as("the persons' Latin names are read").contains("jardemalie", "ablyazov");
        List<String> naming = records.stream().map(r -> r.id().value())
                .filter(id -> words.stream().anyMatch(id.toLowerCase(java.util.Locale.ROOT)::contains)).toList();
        assertThat(naming).as("ids that contain a person's name").isEmpty();
        assertThat(set.get(MLA)).as("the request other documents cite keeps its id").isPresent();
    }

    @Test
    void everyLineIsARecordInItsCanonicalForm() throws IOException {
        RecordJson json = new RecordJson();
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DemoCase.class.getResourceAsStream(DemoCase.RESOURCE), StandardCharsets.UTF_8))) {
            lines = reader.lines().toList();
        }
        assertThat(lines).hasSameSizeAs(records).doesNotContain("");
        for (int i = 0; i < lines.size(); i++) {
            assertThat(json.toTreeWithKind(records.get(i)).toString())
                    .as("line %d is what RecordJson writes for its record", i + 1)
                    .isEqualTo(lines.get(i));
        }
    }

    @Test
    void idsAreUnique() {
        Set<RecordId> ids = new HashSet<>();
        for (RegistryRecord record : records) {
            assertThat(ids.add(record.id())).as("id %s is unique", record.id()).isTrue();
        }
        assertThat(records).hasSizeGreaterThan(150);
    }

    @Test
    void everyReferenceResolvesToAnEarlierLine() {
        Map<RecordId, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            position.put(records.get(i).id(), i);
        }
        for (int i = 0; i < records.size(); i++) {
            RegistryRecord record = records.get(i);
            for (RecordId ref : record.referencedIds()) {
                assertThat(set.get(ref)).as("%s refers to %s", record.id(), ref).isPresent();
                assertThat(position.get(ref)).as("%s comes before %s", ref, record.id()).isLessThan(i);
            }
        }
    }

    @Test
    void everyFactCitesASourceRecord() {
        for (RegistryRecord record : records) {
            if (record instanceof Source) {
                continue;
            }
            assertThat(record.provenance().citations()).as("citations of %s", record.id()).isNotEmpty();
            for (Citation citation : record.provenance().citations()) {
                assertThat(set.get(citation.source(), Source.class)).as("%s cites source %s", record.id(), citation.source()).isPresent();
                assertThat(citation.passage()).as("passage of a citation of %s", record.id()).isPresent();
            }
        }
    }

    @Test
    void oneSourcePerSeedDocumentAtLeast() {
        assertThat(set.all(Source.class)).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(s -> assertThat(s.reliability()).isNotNull());
    }

    @Test
    void validFromAgreesWithTheRecordsOwnDate() {
        for (RegistryRecord record : records) {
            Optional<ApproximateDate> own = Optional.empty();
            if (record instanceof CooperationRequest r) {
                own = r.date();
            } else if (record instanceof Decision d) {
                own = d.date();
            } else if (record instanceof Incident i) {
                own = i.date();
            } else if (record instanceof ProtectionStatus p) {
                own = p.granted();
            } else if (record instanceof Proceeding p) {
                own = p.opened();
            }
            own.ifPresent(date -> assertThat(record.provenance().validFrom()).as("validFrom of %s", record.id()).contains(date));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"request-kz-interpol-red-notice-2013", "request-ua-be-extradition-2016-11-03",
            "request-kz-be-mla-2018-03-30", "request-kz-be-extradition-2018-04-24"})
    void keyRequestsAreCompleteEnoughToScreen(String id) {
        CooperationRequest request = set.get(RecordId.of(id), CooperationRequest.class).orElseThrow();

        assertThat(request.targets()).contains(JARDEMALIE);
        assertThat(request.proceeding()).hasValueSatisfying(p -> assertThat(set.get(p, Proceeding.class)).isPresent());
        assertThat(request.offences().size() + request.allegedFacts().size()).as("what %s alleges", id).isPositive();
        assertThat(request.measures()).isNotEmpty();
        assertThat(request.provenance().citations()).isNotEmpty();
        assertThat(request.provenance().validFrom()).isPresent();
        assertThat(set.referencing(request.id(), Decision.class)).as("decisions or documented status of %s", id)
                .anySatisfy(d -> assertThat(d.subject()).isEqualTo(request.id()));
        assertThat(set.referencing(request.id(), Incident.class)).as("incident recording %s", id).isNotEmpty();
    }

    @Test
    void theMlaRequestCarriesWhatTheFlagsLookFor() {
        CooperationRequest mla = set.get(MLA, CooperationRequest.class).orElseThrow();

        assertThat(mla.proceeding()).contains(KAZAKH_CASE);
        assertThat(mla.asks(Measure.Kind.REFUGEE_FILE)).isTrue();
        assertThat(mla.asks(Measure.Kind.FOREIGN_OFFICIALS_PRESENT)).isTrue();
        assertThat(mla.measures()).filteredOn(m -> m.kind() == Measure.Kind.SEIZE_DEVICES)
                .extracting(Measure::scope).containsOnly(Measure.Scope.OPEN_ENDED);
        assertThat(mla.legalBases()).extracting(CooperationRequest.LegalBasis::instrument).containsExactlyInAnyOrder(
                CooperationRequest.Instrument.UNTOC_2000, CooperationRequest.Instrument.UNCAC_2003,
                CooperationRequest.Instrument.COE_LAUNDERING_CONVENTION_1990);
        Organisation bank = set.get(mla.complainants().get(0), Organisation.class).orElseThrow();
        assertThat(bank.actsFor()).hasValueSatisfying(state -> assertThat(state).isEqualTo(mla.requestingState()));
        assertThat(set.get(KAZAKH_CASE, Proceeding.class).orElseThrow().accused()).contains(JARDEMALIE, BROTHER);
    }

    @Test
    void asOfTheMlaRequestTheRefugeeStatusAndTheBrothersDetentionAreKnownButNotTheSearch() {
        RegistryView april2018 = set.asOf(LocalDate.of(2018, 4, 1));

        assertThat(april2018.referencing(JARDEMALIE, ProtectionStatus.class))
                .anySatisfy(s -> {
                    assertThat(s.type()).isEqualTo(ProtectionStatus.Type.REFUGEE);
                    assertThat(s.persecutingState()).contains(org.tutela.core.registry.Country.of("KZ"));
                });
        assertThat(april2018.referencing(BROTHER, Incident.class)).extracting(Incident::tactic).contains(Incident.Tactic.COERCION_BY_PROXY);
        assertThat(april2018.all(Incident.class)).extracting(RegistryRecord::id)
                .doesNotContain(RecordId.of("incident-search-2019-10-01"));
        assertThat(april2018.all(Decision.class)).extracting(RegistryRecord::id)
                .doesNotContain(RecordId.of("decision-wgad-opinion-67-2018"));
    }

    @Test
    void disagreeingSourcesShowAsConflicts() {
        Map<String, Conflict> conflicts = Conflict.among(set.all(Claim.class)).stream()
                .collect(Collectors.toMap(c -> c.subject() + " " + c.property(), Function.identity()));

        assertThat(conflicts.get("decision-wgad-opinion-67-2018 date").claims()).extracting(Claim::value)
                .contains("2018-11-20", "2018-12-07");
        assertThat(conflicts.get("protection-h5hw79bbk9 granted (year)").claims()).extracting(Claim::value)
                .contains("2013", "2023");
        assertThat(conflicts).hasSizeGreaterThanOrEqualTo(5);
        for (Claim claim : set.all(Claim.class)) {
            assertThat(claim.provenance().citations()).hasSize(1);
        }
    }

    @Test
    void theTargetCanBeFoundUnderEveryNameFormTheSourcesUse() {
        Person jardemalie = set.get(JARDEMALIE, Person.class).orElseThrow();

        assertThat(jardemalie.names()).extracting(n -> n.full())
                .contains("Botagoz Jardemalie", "Bota Jardemalie", "Джардемали Ботагоз", "ДЖАРДЕМАЛИ");
        assertThat(jardemalie.everyRole()).contains(Person.Role.LAWYER, Person.Role.HUMAN_RIGHTS_DEFENDER);
    }

    @Test
    void rolesAndResidencesAreDatedWhereTheSourcesDateThemAndOnlyThere() {
        Person jardemalie = set.get(JARDEMALIE, Person.class).orElseThrow();
        // "since 2011 she has worked on the release of political prisoners": a defender from 2011, cited
        assertThat(jardemalie.roles()).filteredOn(h -> h.value() == Person.Role.HUMAN_RIGHTS_DEFENDER).singleElement().satisfies(h -> {
            assertThat(h.from()).contains(org.tutela.core.registry.ApproximateDate.year(2011));
            assertThat(h.until()).isEmpty();
            assertThat(h.source()).isPresent();
        });
        // her admission to the bar and her arrival in Belgium are not dated by the sources: no dates invented
        assertThat(jardemalie.roles()).filteredOn(h -> h.value() == Person.Role.LAWYER).singleElement()
                .satisfies(h -> assertThat(h.dated()).isFalse());
        assertThat(jardemalie.residences()).noneMatch(org.tutela.core.registry.Held::dated);
        // every dated fact cites a source the seed holds
        for (Person p : set.all(Person.class)) {
            java.util.stream.Stream.of(p.roles(), p.nationalities(), p.residences()).flatMap(List::stream)
                    .filter(org.tutela.core.registry.Held::dated)
                    .forEach(h -> assertThat(h.source()).as(p.label()).hasValueSatisfying(c -> assertThat(set.get(c.source())).isPresent()));
        }
    }

    @Test
    void everyKindOfRecordIsRepresented() {
        assertThat(records.stream().map(RegistryRecord::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RecordKind.values());
    }
}
