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

/** Flag 6 on its own minimal fixtures. */
class Flag06ProxyTest {
    @Test
    void firesOnARequestMadeOnBehalfOfAnotherState() {
        fired(outcome("TNR-06", request().target("person-exile").onBehalfOf(THIRD).build(), registry(exile())));
    }

    @Test
    void firesWhenTheCaseOriginatesElsewhere() {
        var foreignCase = proceeding("proceeding-case", THIRD, "17-001", List.of("person-exile"), List.of(), Proceeding.Type.CRIMINAL);
        fired(outcome("TNR-06", request().target("person-exile").proceeding("proceeding-case").build(), registry(exile(), foreignCase)));
    }

    @Test
    void firesWhenTheTargetHasNoTieToTheRequesterButAnotherStatePursuesThem() {
        var stranger = person("person-stranger", List.of(THIRD), List.of(HOST));
        var listing = incident("incident-list", Incident.Tactic.NATIONAL_WANTED_LIST, THIRD, null, LocalDate.of(2019, 1, 1),
                List.of("person-stranger"), List.of());
        fired(outcome("TNR-06", request().target("person-stranger").build(), registry(stranger, listing)));
    }

    @Test
    void aPursuitThatSurelyCameAfterTheRequestDoesNotMakeItAProxy() {
        var stranger = person("person-stranger", List.of(THIRD), List.of(HOST));
        // the request is of 1 March 2021: a listing of April 2021 says nothing of who was behind it
        var laterListing = incident("incident-list", Incident.Tactic.NATIONAL_WANTED_LIST, THIRD, null, LocalDate.of(2021, 4, 1),
                List.of("person-stranger"), List.of());
        assertThat(outcome("TNR-06", request().target("person-stranger").build(), registry(stranger, laterListing)))
                .isInstanceOf(NotFired.class);
    }

    @Test
    void aPursuitKnownOnlyToItsYearCountsWhenItMayHaveComeBeforeTheRequest() {
        var stranger = person("person-stranger", List.of(THIRD), List.of(HOST));
        var listing = new Incident(RecordId.of("incident-list"), Incident.Tactic.NATIONAL_WANTED_LIST, THIRD, Incident.ActingParty.STATE,
                List.of(), java.util.Optional.empty(), List.of(RecordId.of("person-stranger")),
                java.util.Optional.of(org.tutela.core.registry.ApproximateDate.year(2021)), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), List.of(), List.of(), java.util.Optional.empty(), "listed in 2021, day not given", List.of(),
                org.tutela.core.registry.Provenance.of(org.tutela.core.registry.ApproximateDate.year(2021),
                        org.tutela.core.registry.Citation.of(Fixtures.SOURCE)));
        Fired f = fired(outcome("TNR-06", request().target("person-stranger").build(), registry(stranger, listing)));
        // ... as a possibility, with the question to ask
        Fact caveat = f.facts().stream().filter(x -> x.message().orElseThrow().key().equals("fact.time.possibly-before"))
                .findFirst().orElseThrow();
        assertThat(caveat.statement()).isEqualTo("dated 2021, which may be before or after the request (1 March 2021): it counts here as a possibility; ask for the exact date");
        assertThat(FactWording.render(caveat, java.util.Locale.FRENCH)).contains("peut être avant ou après");
    }

    @Test
    void doesNotFireOnCrossBorderCrimeWithNoOtherStateBehind() {
        var foreigner = person("person-foreigner", List.of(THIRD), List.of(HOST));
        assertThat(outcome("TNR-06", request().target("person-foreigner").build(), registry(foreigner))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellTheLinkOfAnUnidentifiedTarget() {
        notEvaluable(outcome("TNR-06", request().unresolvedTarget("X").build(), registry()));
    }

    // the request is of 1 March 2021; a third state pursues the person from 2019
    private static Incident pursuit() {
        return incident("incident-list", Incident.Tactic.NATIONAL_WANTED_LIST, THIRD, null, LocalDate.of(2019, 1, 1), List.of("person-p"), List.of());
    }

    @Test
    void theLinkToTheRequesterIsReadAtTheRequestsTime() {
        // living in the requesting state only since after the request: no link then
        var movedLater = Fixtures.dated("person-p", List.of(Held.of(THIRD)), List.of(Held.since(REQUESTING, ApproximateDate.year(2022))), List.of());
        assertThat(fired(outcome("TNR-06", request().target("person-p").build(), registry(movedLater, pursuit()))).facts())
                .extracting(f -> f.message().orElseThrow().key()).contains("fact.no-link").doesNotContain("fact.no-link.possibly");
        // living there throughout: linked, no proxy
        var resident = Fixtures.dated("person-p", List.of(Held.of(THIRD)), List.of(Held.since(REQUESTING, ApproximateDate.year(2015))), List.of());
        assertThat(outcome("TNR-06", request().target("person-p").build(), registry(resident, pursuit()))).isInstanceOf(NotFired.class);
    }

    @Test
    void aLinkThatMayHaveEndedBeforeTheRequestLeavesTheProxyAPossibilityWithItsQuestion() {
        var left = Fixtures.dated("person-p", List.of(Held.of(THIRD)),
                List.of(Held.between(REQUESTING, ApproximateDate.year(2015), ApproximateDate.year(2021))), List.of());
        Fired f = fired(outcome("TNR-06", request().target("person-p").build(), registry(left, pursuit())));
        assertThat(f.facts()).extracting(x -> x.message().orElseThrow().key())
                .contains("fact.no-link.possibly", "fact.time.held.may-have-ended", "fact.pursuer").doesNotContain("fact.no-link");
        assertThat(f.facts()).filteredOn(x -> x.message().orElseThrow().key().equals("fact.time.held.may-have-ended"))
                .singleElement().satisfies(x -> assertThat(x.statement()).contains("resident in Belarus (BY) until 2021", "ask when this ended"));
    }

    @Test
    void whenNoLinkIsRecordedForTheRequestsTimeTheFlagAsksForIt() {
        var onlyLater = Fixtures.dated("person-p", List.of(), List.of(Held.since(HOST, ApproximateDate.year(2023))), List.of());
        notEvaluable(outcome("TNR-06", request().target("person-p").build(), registry(onlyLater, pursuit())));
    }
}
