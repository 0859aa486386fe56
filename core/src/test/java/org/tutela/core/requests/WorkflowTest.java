package org.tutela.core.requests;

import org.tutela.core.registry.ApproximateDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.core.requests.FileFixtures.AUTHORITY;
import static org.tutela.core.requests.FileFixtures.JUDGE;
import static org.tutela.core.requests.FileFixtures.OVERSIGHT;
import static org.tutela.core.requests.FileFixtures.PROSECUTOR;
import static org.tutela.core.requests.FileFixtures.TODAY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.requests.Step.DecideAdmission.Admission;
import org.tutela.core.requests.Step.DecideMeasure.MeasureOutcome;
import org.tutela.core.screening.Band;

/** A request's whole life through the workflow, on files kept in memory. */
class WorkflowTest {
    final InMemoryRequestFiles files = new InMemoryRequestFiles();
    final Workflow workflow = new Workflow(files, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    final CooperationRequest request = FileFixtures.request();

    RequestFile act(Step step, Actor actor) {
        return workflow.act(request, workflow.file(request).revision(), Attempt.of(step, actor, "reasons of " + actor.name())).file();
    }

    @Test
    void fromRegistrationToClosureWithAHoldThatRefusesADisclosureUntilItIsLifted() {
        act(new Step.RelyOnScreening(FileFixtures.screening(Band.SUSPEND_AND_REQUIRE_ASSURANCES)), AUTHORITY);
        RequestFile admitted = act(new Step.DecideAdmission(Admission.ADMITTED_WITH_CONDITIONS,
                List.of(Condition.of(Condition.Kind.SPECIALITY), Condition.of(Condition.Kind.NO_FOREIGN_OFFICIALS_PRESENT)),
                Optional.of("the assurances asked for answer the flags"), Optional.empty()), AUTHORITY);
        assertThat(admitted.state()).isEqualTo(RequestState.ADMITTED_WITH_CONDITIONS);
        assertThat(admitted.admission().orElseThrow().decision().reliedOn()).as("the decision records the screening it relied on")
                .contains(FileFixtures.screening(Band.SUSPEND_AND_REQUIRE_ASSURANCES));
        assertThat(admitted.admission().orElseThrow().departs()).isTrue();
        act(new Step.DecideMeasure(3, MeasureOutcome.REFUSED, List.of()), AUTHORITY);
        act(new Step.Move(Transition.START_EXECUTION), PROSECUTOR);
        RequestFile authorised = act(new Step.DecideMeasure(1, MeasureOutcome.AUTHORISED, List.of()), JUDGE);
        assertThat(authorised.state()).isEqualTo(RequestState.MEASURES_AUTHORISED);
        assertThat(authorised.measures()).extracting(m -> m.outcome().orElse(null))
                .containsExactly(MeasureOutcome.AUTHORISED, null, MeasureOutcome.REFUSED);

        act(new Step.PlaceHold(HoldKind.PRIVILEGE_REVIEW, Optional.empty()), JUDGE);
        int before = workflow.file(request).revision();
        assertThatThrownBy(() -> act(new Step.RecordDisclosure(FileFixtures.disclosure(true, TODAY)), JUDGE))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining("request-fixture-mla").hasMessageContaining("RECORD_DISCLOSURE")
                .hasMessageContaining("NoDisclosureUnderHold").hasMessageContaining("PRIVILEGE_REVIEW");
        assertThat(workflow.file(request).revision()).as("nothing written").isEqualTo(before);
        assertThat(files.alerts(request.id())).extracting(a -> a.alert().kind()).containsExactly(WorkflowAlert.Kind.DISCLOSURE_REFUSED);
        assertThat(files.alerts(request.id()).get(0).alert().to()).contains(WorkflowAlert.OVERSIGHT);

        act(new Step.LiftHold(1), JUDGE);
        RequestFile disclosed = act(new Step.RecordDisclosure(FileFixtures.disclosure(true, TODAY)), JUDGE);
        assertThat(disclosed.ledger()).hasSize(1);
        assertThat(disclosed.ledger().get(0).breach()).isFalse();
        assertThat(disclosed.ledger().get(0).disclosure().concerning()).as("a disclosure concerns the request's targets")
                .containsExactly(FileFixtures.TARGET);
        act(new Step.Move(Transition.GATHER_RESULTS), PROSECUTOR);
        act(new Step.Move(Transition.TRANSMIT), AUTHORITY);
        RequestFile closed = act(new Step.Move(Transition.CLOSE), AUTHORITY);
        assertThat(closed.state()).isEqualTo(RequestState.CLOSED);
        assertThat(closed.entries()).extracting(Entry::number).startsWith(1, 2, 3).hasSize(closed.revision());
    }

    @Test
    void aDisclosureInFactUnderAHoldIsRecordedAsABreachAndAlertsTheHolderAndOversight() {
        act(new Step.RelyOnScreening(FileFixtures.screening(Band.NO_CONCERN_FOUND)), AUTHORITY);
        act(new Step.AssignHolder("investigating judge's office", Optional.of("ij")), AUTHORITY);
        act(new Step.PlaceHold(HoldKind.APPEAL_PENDING, Optional.of(LocalDate.of(2026, 4, 1))), JUDGE);
        Workflow.Outcome outcome = workflow.act(request, 3, Attempt.of(new Step.RecordDisclosure(
                FileFixtures.disclosure(false, LocalDate.of(2026, 5, 2))), JUDGE, "the lawyer obtained a copy"));
        assertThat(outcome.file().ledger().get(0).breaches()).extracting(FileItems.Breach::holdKind)
                .containsExactly(Optional.of(HoldKind.APPEAL_PENDING), Optional.empty());
        assertThat(outcome.alerts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(WorkflowAlert.Kind.DISCLOSURE_BREACH);
            assertThat(a.to()).containsExactly("investigating judge's office", WorkflowAlert.OVERSIGHT);
        });
        assertThat(Workflow.breaches(outcome.file())).singleElement().satisfies(b -> assertThat(b.concerning()).contains(FileFixtures.TARGET));
    }

    @Test
    void aBreachedConditionRaisesAnAlertAndBecomesAFact() {
        workflow.act(request, 0, Attempt.of(new Step.RelyOnScreening(FileFixtures.screening(Band.NO_CONCERN_FOUND)), AUTHORITY, "r"));
        workflow.act(request, 1, Attempt.of(new Step.DecideAdmission(Admission.ADMITTED_WITH_CONDITIONS,
                List.of(Condition.of(Condition.Kind.BAR_REPRESENTATIVE_PRESENT)), Optional.empty(), Optional.empty()), AUTHORITY, "r"));
        Workflow.Outcome o = workflow.act(request, 2, Attempt.of(new Step.CheckCondition(1, Condition.State.BREACHED,
                List.of(Evidence.note("the bar president was not told"))), OVERSIGHT, "found on review"));
        assertThat(o.alerts()).extracting(WorkflowAlert::kind).containsExactly(WorkflowAlert.Kind.CONDITION_BREACHED);
        assertThat(o.alerts().get(0).text()).contains("BAR_REPRESENTATIVE_PRESENT");
        assertThat(Workflow.breaches(o.file())).extracting(BreachFact::what).containsExactly(
                new BreachFact.ConditionBreached(Condition.Kind.BAR_REPRESENTATIVE_PRESENT, Optional.empty()));
        assertThat(Workflow.breaches(o.file()).get(0).state()).isEqualTo(request.requestingState());
        assertThat(Workflow.breaches(o.file()).get(0).evidence()).extracting(Evidence::note).containsExactly("the bar president was not told");
    }

    @Test
    void twoDesksActingOnTheSameRevisionOneWinsTheOtherIsToldAndNothingOfItIsWritten() {
        workflow.act(request, 0, Attempt.of(new Step.RelyOnScreening(FileFixtures.screening(Band.NO_CONCERN_FOUND)), AUTHORITY, "r"));
        workflow.act(request, 1, Attempt.of(new Step.AssignHolder("desk A", Optional.empty()), AUTHORITY, "first"));
        assertThatThrownBy(() -> workflow.act(request, 1, Attempt.of(new Step.AssignHolder("desk B", Optional.empty()), PROSECUTOR, "second")))
                .isInstanceOf(WorkflowConflictException.class).hasMessageContaining("request-fixture-mla").hasMessageContaining("ASSIGN_HOLDER");
        assertThat(workflow.file(request).holder().orElseThrow().desk()).isEqualTo("desk A");
    }

    @Test
    void theButtonsOfferedFollowTheDeskAndTheState() {
        RequestFile screened = FileFixtures.screened(Band.NO_CONCERN_FOUND).file();
        assertThat(Workflow.available(screened, AUTHORITY)).contains(StepKind.DECIDE_ADMISSION);
        assertThat(Workflow.available(screened, PROSECUTOR)).doesNotContain(StepKind.DECIDE_ADMISSION);
        assertThat(Workflow.available(screened, OVERSIGHT)).contains(StepKind.OPEN_REVIEW, StepKind.PLACE_HOLD);
        assertThat(Workflow.transitions(FileFixtures.inExecution().file(), PROSECUTOR)).contains(Transition.GATHER_RESULTS);
    }

    @Test
    void oversightOpensAReviewThatHoldsTheRequestAnnotatesAndClosesIt() {
        act(new Step.RelyOnScreening(FileFixtures.screening(Band.NO_CONCERN_FOUND)), AUTHORITY);
        RequestFile reviewed = act(new Step.OpenReview(), OVERSIGHT);
        assertThat(reviewed.reviewOpen()).isTrue();
        assertThat(reviewed.activeHolds()).extracting(FileItems.HoldItem::kind).containsExactly(HoldKind.OVERSIGHT_REVIEW);
        assertThatThrownBy(() -> act(new Step.LiftHold(1), JUDGE)).isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining("HoldLiftedByAllowedRole");
        assertThatThrownBy(() -> act(new Step.OpenReview(), AUTHORITY)).isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining("RoleMayMakeTransition");
        act(new Step.Annotate(Optional.of(1), "the screening relied on predates the refugee status"), OVERSIGHT);
        RequestFile closed = act(new Step.CloseReview(), OVERSIGHT);
        assertThat(closed.activeHolds()).isEmpty();
        assertThat(closed.annotations()).singleElement().satisfies(a -> assertThat(a.about()).contains(1));
    }
}
