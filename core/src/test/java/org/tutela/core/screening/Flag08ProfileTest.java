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
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.Held;
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

/** Flag 8 on its own minimal fixtures. */
class Flag08ProfileTest {
    @Test
    void firesOnAJournalistAndOnALawyerOfAnOppositionLeader() {
        var journalist = person("person-j", List.of(REQUESTING), List.of(HOST), Person.Role.JOURNALIST);
        fired(outcome("TNR-08", request().target("person-j").build(), registry(journalist)));
        var lawyer = person("person-l", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER);
        var leader = person("person-leader", List.of(REQUESTING), List.of(HOST), Person.Role.OPPOSITION_LEADER);
        var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-leader", null);
        assertThat(fired(outcome("TNR-08", request().target("person-l").build(), registry(lawyer, leader, tie))).facts())
                .extracting(Fact::record).contains(RecordId.of("rel-counsel"));
    }

    @Test
    void doesNotFireOnABusinessPersonOrALawyerOfOrdinaryClients() {
        var trader = person("person-t", List.of(REQUESTING), List.of(HOST), Person.Role.BUSINESS_PERSON);
        assertThat(outcome("TNR-08", request().target("person-t").build(), registry(trader))).isInstanceOf(NotFired.class);
        var lawyer = person("person-l", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER);
        var client = person("person-c", List.of(REQUESTING), List.of(HOST));
        var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", null);
        assertThat(outcome("TNR-08", request().target("person-l").build(), registry(lawyer, client, tie))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellTheProfileOfAnUnidentifiedTarget() {
        notEvaluable(outcome("TNR-08", request().unresolvedTarget("X").build(), registry()));
    }

    // the request is of 1 March 2021
    @Test
    void aRoleReadsAtTheRequestsTime() {
        // begun surely after the request: says nothing of the profile then
        var later = Fixtures.dated("person-j", List.of(Held.of(REQUESTING)), List.of(), List.of(Held.since(Person.Role.JOURNALIST, ApproximateDate.month(2021, 5))));
        assertThat(outcome("TNR-08", request().target("person-j").build(), registry(later))).isInstanceOf(NotFired.class);
        // ended surely before it
        var former = Fixtures.dated("person-j", List.of(), List.of(),
                List.of(Held.between(Person.Role.JOURNALIST, ApproximateDate.year(2010), ApproximateDate.year(2015))));
        assertThat(outcome("TNR-08", request().target("person-j").build(), registry(former))).isInstanceOf(NotFired.class);
        // surely held: fires with no caveat, the role's dates said beside it as the sources give them
        var held = Fixtures.dated("person-j", List.of(), List.of(), List.of(Held.since(Person.Role.JOURNALIST, ApproximateDate.year(2013))));
        List<Fact> facts = fired(outcome("TNR-08", request().target("person-j").build(), registry(held))).facts();
        assertThat(facts).extracting(f -> f.message().orElseThrow().key()).containsExactly("fact.profile", "fact.profile.since");
        assertThat(facts.get(1).statement()).endsWith("is recorded as journalist since 2013");
        assertThat(FactWording.render(facts.get(1), java.util.Locale.FRENCH)).endsWith("depuis 2013");
        // a closed period that surely covers the request is written as the period
        var period = Fixtures.dated("person-j", List.of(), List.of(),
                List.of(Held.between(Person.Role.JOURNALIST, ApproximateDate.year(2013), ApproximateDate.year(2024))));
        assertThat(fired(outcome("TNR-08", request().target("person-j").build(), registry(period))).facts().get(1).statement())
                .endsWith("is recorded as journalist (2013 – 2024)");
        // undated: the profile alone, as before valid time
        var undated = Fixtures.person("person-j", List.of(), List.of(), Person.Role.JOURNALIST);
        assertThat(fired(outcome("TNR-08", request().target("person-j").build(), registry(undated))).facts())
                .extracting(f -> f.message().orElseThrow().key()).containsExactly("fact.profile");
    }

    @Test
    void aRoleThatMayHaveBegunAfterTheRequestCountsAsAPossibilityAndAsksWhenItBegan() {
        var maybe = Fixtures.dated("person-j", List.of(), List.of(), List.of(Held.since(Person.Role.JOURNALIST, ApproximateDate.year(2021))));
        Fired f = fired(outcome("TNR-08", request().target("person-j").build(), registry(maybe)));
        assertThat(f.facts()).extracting(x -> x.message().orElseThrow().key())
                .containsExactly("fact.profile", "fact.time.held.may-not-have-begun");
        assertThat(f.facts().get(1).statement()).contains("journalist from 2021", "1 March 2021", "ask when this began");
        // and one that may have ended before it asks when it ended
        var ended = Fixtures.dated("person-j", List.of(), List.of(),
                List.of(Held.between(Person.Role.OPPOSITION_MEMBER, ApproximateDate.year(2015), ApproximateDate.year(2021))));
        assertThat(fired(outcome("TNR-08", request().target("person-j").build(), registry(ended))).facts())
                .extracting(x -> x.message().orElseThrow().key()).containsExactly("fact.profile", "fact.time.held.may-have-ended");
    }

    @Test
    void aRequestKnownOnlyToItsYearMakesADatedRoleAPossibility() {
        var held = Fixtures.dated("person-j", List.of(), List.of(), List.of(Held.since(Person.Role.BLOGGER, ApproximateDate.month(2021, 6))));
        var yearOnly = request().target("person-j").dated(ApproximateDate.year(2021)).build();
        assertThat(fired(outcome("TNR-08", yearOnly, registry(held))).facts())
                .extracting(x -> x.message().orElseThrow().key()).contains("fact.time.held.may-not-have-begun");
    }
}
