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

/** Flag 15 on its own minimal fixtures. */
class Flag15RecordTest {
    @Test
    void firesOnIncidentsByTheRequestingStateAndNotOnOthers() {
        var abroad = incident("incident-assault", Incident.Tactic.ASSAULT, REQUESTING, NEIGHBOUR, LocalDate.of(2020, 2, 2), List.of(), List.of());
        fired(outcome("TNR-15", request().build(), registry(abroad)));
        var byOther = incident("incident-assault", Incident.Tactic.ASSAULT, THIRD, NEIGHBOUR, LocalDate.of(2020, 2, 2), List.of(), List.of());
        assertThat(outcome("TNR-15", request().build(), registry(byOther))).isInstanceOf(NotFired.class);
    }

    static final org.tutela.core.requests.Condition.Kind OFFICIALS = org.tutela.core.requests.Condition.Kind.NO_FOREIGN_OFFICIALS_PRESENT;

    @Test
    void countsBreachesOnTheStatesEarlierRequestsWithTheirSources() {
        var earlier = request().id("request-earlier").date(LocalDate.of(2019, 5, 1)).build();
        var breach = breach("request-earlier", REQUESTING, OFFICIALS, LocalDate.of(2020, 2, 2));
        Fired f = fired(outcome("TNR-15", request().build(), registry(earlier), java.util.Map.of(earlier.id(), List.of(breach))));
        assertThat(f.facts()).anySatisfy(x -> assertThat(x.message().orElseThrow().key()).isEqualTo("fact.record.breaches"));
        Fact cited = f.facts().stream().filter(x -> x.record().equals(earlier.id())).findFirst().orElseThrow();
        assertThat(cited.message().orElseThrow().key()).isEqualTo("fact.breach.condition");
        assertThat(cited.date()).contains(ApproximateDate.on(2020, 2, 2));
        assertThat(cited.citations()).extracting(c -> c.source()).contains(Fixtures.SOURCE);
        assertThat(cited.statement()).contains("no officials of the requesting state present").contains("2020-02-02").doesNotContain("NO_FOREIGN");
        assertThat(FactWording.render(cited, java.util.Locale.FRENCH)).contains("aucun agent de l'État requérant présent");
    }

    @Test
    void neverCountsTheRequestItselfALaterRequestABreachAfterTheDateAnotherStateOrARequestOutOfView() {
        var screened = request().build();
        var later = request().id("request-later").date(LocalDate.of(2021, 4, 1)).build();
        var earlier = request().id("request-earlier").date(LocalDate.of(2019, 5, 1)).build();
        var byOther = request().id("request-other-state").from(THIRD).date(LocalDate.of(2019, 5, 1)).build();
        LocalDate before = LocalDate.of(2020, 2, 2);
        assertThat(outcome("TNR-15", screened, registry(screened), java.util.Map.of(screened.id(),
                List.of(breach(screened.id().value(), REQUESTING, OFFICIALS, before))))).as("the request itself").isInstanceOf(NotFired.class);
        assertThat(outcome("TNR-15", screened, registry(later), java.util.Map.of(later.id(),
                List.of(breach("request-later", REQUESTING, OFFICIALS, before))))).as("a later request").isInstanceOf(NotFired.class);
        assertThat(outcome("TNR-15", screened, registry(earlier), java.util.Map.of(earlier.id(),
                List.of(breach("request-earlier", REQUESTING, OFFICIALS, LocalDate.of(2021, 7, 1)))))).as("a breach after the screening date")
                .isInstanceOf(NotFired.class);
        assertThat(outcome("TNR-15", screened, registry(byOther), java.util.Map.of(byOther.id(),
                List.of(breach("request-other-state", THIRD, OFFICIALS, before))))).as("another state's request").isInstanceOf(NotFired.class);
        assertThat(outcome("TNR-15", screened, registry(), java.util.Map.of(earlier.id(),
                List.of(breach("request-earlier", REQUESTING, OFFICIALS, before))))).as("a request the view does not show").isInstanceOf(NotFired.class);
    }

    @Test
    void aNoticeAddressedToAllMembersIsNeverItsOwnStatesRecord() {
        var notice = request().type(CooperationRequest.Type.RED_NOTICE).channel(CooperationRequest.Channel.INTERPOL)
                .addressee(CooperationRequest.Addressee.allInterpolMembers()).build();
        var recordingIt = incident("incident-the-notice", Incident.Tactic.RED_NOTICE_OR_DIFFUSION, REQUESTING, null, LocalDate.of(2021, 3, 1),
                List.of(), List.of(notice.id().value()));
        assertThat(outcome("TNR-15", notice, registry(recordingIt))).isInstanceOf(NotFired.class);
        var another = incident("incident-an-earlier-notice", Incident.Tactic.RED_NOTICE_OR_DIFFUSION, REQUESTING, null, LocalDate.of(2019, 3, 1),
                List.of(), List.of());
        assertThat(fired(outcome("TNR-15", notice, registry(recordingIt, another))).facts())
                .noneMatch(f -> f.record().equals(recordingIt.id())).anyMatch(f -> f.record().equals(another.id()));
    }

    @Test
    void anEarlierRequestWhoseDatesLeaveTheOrderOpenCountsAsAPossibilityWithItsQuestion() {
        var screened = request().dated(ApproximateDate.year(2021)).build();
        var sameYear = request().id("request-earlier").dated(ApproximateDate.month(2021, 2)).build();
        var breach = breach("request-earlier", REQUESTING, OFFICIALS, LocalDate.of(2021, 5, 1));
        Fired f = fired(outcome("TNR-15", screened, registry(sameYear), java.util.Map.of(sameYear.id(), List.of(breach))));
        assertThat(f.facts()).filteredOn(x -> x.record().equals(sameYear.id())).extracting(x -> x.message().orElseThrow().key())
                .contains("fact.breach.condition", "fact.time.possibly-before");
        // surely after the screened request's last possible day: not its record at all
        var screenedInMarch = request().dated(ApproximateDate.month(2021, 3)).build();
        var april = request().id("request-earlier").date(LocalDate.of(2021, 4, 1)).build();
        assertThat(outcome("TNR-15", screenedInMarch, registry(april), java.util.Map.of(april.id(), List.of(breach))))
                .isInstanceOf(NotFired.class);
        // surely before: settled, no caveat
        var before = request().id("request-earlier").date(LocalDate.of(2020, 6, 1)).build();
        assertThat(fired(outcome("TNR-15", screened, registry(before), java.util.Map.of(before.id(), List.of(breach)))).facts())
                .extracting(x -> x.message().orElseThrow().key()).doesNotContain("fact.time.possibly-before");
    }
}
