package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.NEIGHBOUR;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.decision;
import static org.tutela.core.screening.Fixtures.person;
import static org.tutela.core.screening.Fixtures.proceeding;
import static org.tutela.core.screening.Fixtures.registry;
import static org.tutela.core.screening.Fixtures.relation;
import static org.tutela.core.screening.Fixtures.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Relationship;
import org.tutela.core.registry.Revision;

class StandingScreeningTest {
    static final LocalDate FIRST = LocalDate.of(2021, 4, 1);
    static final LocalDate LATER = LocalDate.of(2021, 8, 1);

    final InMemoryScreeningLog log = new InMemoryScreeningLog();
    final Screening screening = Screening.standard();
    final CooperationRequest req = request().target("person-exile").proceeding("proceeding-case")
            .offences(Charge.of("drug trafficking", Charge.Category.DRUG_TRAFFICKING))
            .measure(Measure.Kind.BANK_RECORDS, Measure.Scope.SPECIFIC, "account X").build();
    final List<RegistryRecord> base = List.of(
            person("person-exile", List.of(REQUESTING), List.of(HOST)),
            person("person-brother", List.of(REQUESTING), List.of(REQUESTING)),
            relation("rel-family", Relationship.Type.FAMILY, "person-exile", "person-brother", null),
            proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile", "person-brother"), List.of(),
                    Proceeding.Type.CRIMINAL, Charge.of("drug trafficking", Charge.Category.DRUG_TRAFFICKING)),
            req);

    static Revision revision(RegistryRecord record) {
        return new Revision(record.id(), record.kind(), 1, Instant.parse("2021-08-01T10:00:00Z"), "documenter", "new finding",
                Optional.of(record));
    }

    StandingScreening standing(RecordSet registry) {
        return new StandingScreening(screening, log, registry, Clock.fixed(LATER.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void aNewFindingInTheCaseRaisesAnAlertWithTheDifferenceAndItsCause() {
        RecordSet before = registry(base.toArray(RegistryRecord[]::new));
        log.record(screening.screen(req, before, FIRST));
        assertThat(log.latest(req.id()).orElseThrow().firedIds()).doesNotContain("TNR-03");

        var finding = decision("decision-wgad", "proceeding-case", Decision.Outcome.FINDING, LocalDate.of(2021, 7, 1),
                List.of("person-brother"), Decision.Ground.ARBITRARY_DETENTION);
        RecordSet after = before.with(List.of(finding));
        List<Alert> alerts = standing(after).rescreen(List.of(revision(finding)), after, LATER);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.requestId()).isEqualTo(req.id());
            assertThat(alert.difference().flagsAdded()).containsExactly("TNR-03");
            assertThat(alert.difference().flagsRemoved()).isEmpty();
            assertThat(alert.difference().bandBefore()).isNotEqualTo(Band.REFUSE);
            assertThat(alert.difference().bandAfter()).isEqualTo(Band.REFUSE);
            assertThat(alert.cause()).containsExactly(new Alert.Cause(RecordId.of("decision-wgad"), 1));
            assertThat(alert.before().asOf()).isEqualTo(FIRST);
            assertThat(alert.after().asOf()).isEqualTo(LATER);
        });
        assertThat(log.alerts).hasSize(1);
        assertThat(log.latest(req.id()).orElseThrow().firedIds()).contains("TNR-03");
    }

    @Test
    void aRevisionThatDoesNotTouchTheRequestRaisesNothing() {
        RecordSet before = registry(base.toArray(RegistryRecord[]::new));
        log.record(screening.screen(req, before, FIRST));
        Person stranger = person("person-stranger", List.of(NEIGHBOUR), List.of(NEIGHBOUR), Person.Role.JOURNALIST);
        RecordSet after = before.with(List.of(stranger));
        assertThat(standing(after).rescreen(List.of(revision(stranger)), after, LATER)).isEmpty();
        assertThat(log.reports.get(req.id())).hasSize(1);
    }

    @Test
    void aChangeThatLeavesTheResultAsItWasRaisesNothing() {
        RecordSet before = registry(base.toArray(RegistryRecord[]::new));
        log.record(screening.screen(req, before, FIRST));
        var procedural = decision("decision-clarify", "proceeding-case", Decision.Outcome.CLARIFICATION_REQUESTED,
                LocalDate.of(2021, 7, 1), List.of());
        RecordSet after = before.with(List.of(procedural));
        assertThat(standing(after).rescreen(List.of(revision(procedural)), after, LATER)).isEmpty();
    }

    @Test
    void anotherIncidentInTheRequestingStatesRecordIsContextNotAnAlert() {
        var first = Fixtures.incident("incident-one", org.tutela.core.registry.Incident.Tactic.ASSAULT, REQUESTING, NEIGHBOUR,
                LocalDate.of(2020, 1, 1), List.of(), List.of());
        RecordSet before = registry(base.toArray(RegistryRecord[]::new)).with(List.of(first));
        log.record(screening.screen(req, before, FIRST));
        assertThat(log.latest(req.id()).orElseThrow().firedIds()).contains("TNR-15");
        var second = Fixtures.incident("incident-two", org.tutela.core.registry.Incident.Tactic.ONLINE_THREATS, REQUESTING, NEIGHBOUR,
                LocalDate.of(2021, 7, 1), List.of(), List.of());
        RecordSet after = before.with(List.of(second));
        assertThat(standing(after).rescreen(List.of(revision(second)), after, LATER)).isEmpty();
        assertThat(log.reports.get(req.id())).hasSize(1);
    }

    @Test
    void aClosedRequestIsNotScreenedAgain() {
        var refused = decision("decision-refused", "request-fixture", Decision.Outcome.REFUSED, LocalDate.of(2021, 5, 1), List.of());
        RecordSet before = registry(base.toArray(RegistryRecord[]::new)).with(List.of(refused));
        log.record(screening.screen(req, before, FIRST));
        var finding = decision("decision-wgad", "proceeding-case", Decision.Outcome.FINDING, LocalDate.of(2021, 7, 1),
                List.of("person-brother"), Decision.Ground.ARBITRARY_DETENTION);
        RecordSet after = before.with(List.of(finding));
        assertThat(standing(after).rescreen(List.of(revision(finding)), after, LATER)).isEmpty();
    }

    @Test
    void listensToCommitsAsOfToday() {
        RecordSet before = registry(base.toArray(RegistryRecord[]::new));
        log.record(screening.screen(req, before, FIRST));
        var tie = new Relationship(RecordId.of("rel-new-client"), Relationship.Type.LAWYER_CLIENT, RecordId.of("person-exile"),
                RecordId.of("person-leader"), Optional.empty(), Fixtures.cited(LocalDate.of(2021, 2, 1)));
        Person leader = person("person-leader", List.of(REQUESTING), List.of(HOST), Person.Role.OPPOSITION_LEADER);
        RecordSet after = before.with(List.of(leader, tie));
        standing(after).committed(List.of(revision(leader), revision(tie)));
        assertThat(log.alerts).singleElement().satisfies(alert -> {
            assertThat(alert.difference().flagsAdded()).contains("TNR-08", "TNR-16");
            assertThat(alert.cause()).extracting(Alert.Cause::record).contains(RecordId.of("rel-new-client"));
            assertThat(alert.after().asOf()).isEqualTo(LATER);
        });
        assertThat(RecordKind.of(tie)).isEqualTo(RecordKind.RELATIONSHIP);
    }

    /**
     * Each request is screened through its owner's view: a finding the owner may not see neither changes the
     * report nor raises an alert, and is not named as a cause; the same finding in the owner's view does.
     */
    @Test
    void aRequestIsScreenedAsItsOwnerSees() {
        RecordSet before = registry(base.toArray(RegistryRecord[]::new));
        log.record(screening.screen(req, before, FIRST));
        var finding = decision("decision-elsewhere", "proceeding-case", Decision.Outcome.FINDING, LocalDate.of(2021, 7, 1),
                List.of("person-brother"), Decision.Ground.ARBITRARY_DETENTION);
        RecordSet after = before.with(List.of(finding));
        // the owner's view: everything but the finding, which belongs to someone else
        OwnerView owners = (request, view) -> new org.tutela.core.registry.RegistryView() {
            public Optional<RegistryRecord> get(RecordId id) {
                return id.equals(finding.id()) ? Optional.empty() : view.get(id);
            }

            public <T extends RegistryRecord> List<T> all(Class<T> type) {
                return view.all(type).stream().filter(r -> !r.id().equals(finding.id())).toList();
            }

            public List<RegistryRecord> referencing(RecordId id) {
                return view.referencing(id).stream().filter(r -> !r.id().equals(finding.id())).toList();
            }
        };
        StandingScreening owned = new StandingScreening(screening, log, after,
                Clock.fixed(LATER.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), owners);
        assertThat(owned.rescreen(List.of(revision(finding)), after, LATER)).isEmpty();
        assertThat(log.latest(req.id()).orElseThrow().flags().stream().flatMap(f -> f.facts().stream()).map(Fact::record))
                .doesNotContain(finding.id());
        assertThat(standing(after).rescreen(List.of(revision(finding)), after, LATER)).as("seen by its owner, it alerts")
                .singleElement().satisfies(a -> assertThat(a.cause()).containsExactly(new Alert.Cause(finding.id(), 1)));
    }
}
