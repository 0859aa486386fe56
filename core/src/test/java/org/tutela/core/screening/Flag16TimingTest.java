package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.NEIGHBOUR;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.THIRD;
import static org.tutela.core.screening.Fixtures.company;
import static org.tutela.core.screening.Fixtures.decision;
import static org.tutela.core.screening.Fixtures.incident;
import static org.tutela.core.screening.Fixtures.person;
import static org.tutela.core.screening.Fixtures.proceeding;
import static org.tutela.core.screening.Fixtures.refugee;
import static org.tutela.core.screening.Fixtures.registry;
import static org.tutela.core.screening.Fixtures.relation;
import static org.tutela.core.screening.Fixtures.request;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Attachment;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Relationship;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;
import static org.tutela.core.screening.FlagChecks.*;

/** Flag 16 on its own minimal fixtures. */
class Flag16TimingTest {
    Person lawyer = person("person-l", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER);
    Person client = person("person-c", List.of(REQUESTING), List.of(HOST));

    @Test
    void firesWhenTheRequestFollowsTakingOnAClient() {
        var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.minusDays(20));
        Fired f = fired(outcome("TNR-16", request().target("person-l").build(), registry(lawyer, client, tie)));
        assertThat(f.facts()).extracting(Fact::statement).anyMatch(s -> s.contains("20 days later"));
    }

    @Test
    void doesNotFireWhenTheActivityIsLongBeforeOrAfter() {
        var before = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.minusYears(3));
        assertThat(outcome("TNR-16", request().target("person-l").build(), registry(lawyer, client, before))).isInstanceOf(NotFired.class);
        var after = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.plusDays(10));
        assertThat(outcome("TNR-16", request().target("person-l").build(), registry(lawyer, client, after))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellWithoutTheRequestDateOrTheTarget() {
        var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.minusDays(20));
        notEvaluable(outcome("TNR-16", request().target("person-l").date(null).build(), registry(lawyer, client, tie)));
        notEvaluable(outcome("TNR-16", request().unresolvedTarget("X").build(), registry()));
    }

    private static Relationship counselSince(org.tutela.core.registry.ApproximateDate since) {
        return new Relationship(RecordId.of("rel-counsel"), Relationship.Type.LAWYER_CLIENT, RecordId.of("person-l"), RecordId.of("person-c"),
                java.util.Optional.empty(), org.tutela.core.registry.Provenance.of(since,
                        org.tutela.core.registry.Citation.of(Fixtures.SOURCE, "fixture")));
    }

    // the request is of 1 March 2021; the window is 90 days
    @Test
    void anActivityKnownToTheMonthThatSurelyFallsInTheWindowIsSettled() {
        Fired f = fired(outcome("TNR-16", request().target("person-l").build(),
                registry(lawyer, client, counselSince(org.tutela.core.registry.ApproximateDate.month(2020, 12)))));
        assertThat(f.facts()).extracting(x -> x.message().orElseThrow().key()).doesNotContain("fact.time.timing.possibly")
                .contains("fact.timing.request");
    }

    @Test
    void anActivityKnownOnlyToItsYearIsAPossibilityWithItsQuestion_beforeOrAfterTheRequest() {
        for (var year : List.of(org.tutela.core.registry.ApproximateDate.year(2020), org.tutela.core.registry.ApproximateDate.year(2021))) {
            Fired f = fired(outcome("TNR-16", request().target("person-l").build(), registry(lawyer, client, counselSince(year))));
            assertThat(f.facts()).as(year.text()).extracting(x -> x.message().orElseThrow().key())
                    .contains("fact.time.timing.possibly").doesNotContain("fact.timing.request");
            assertThat(f.facts()).filteredOn(x -> x.message().orElseThrow().key().equals("fact.time.timing.possibly")).singleElement()
                    .satisfies(x -> assertThat(x.statement()).contains("within 90 days", "ask for the exact dates"));
        }
        // known to the month, and surely more than 90 days before: not counted, not a possibility
        assertThat(outcome("TNR-16", request().target("person-l").build(),
                registry(lawyer, client, counselSince(org.tutela.core.registry.ApproximateDate.month(2020, 11))))).isInstanceOf(NotFired.class);
    }
}
