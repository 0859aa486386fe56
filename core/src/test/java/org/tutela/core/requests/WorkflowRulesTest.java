package org.tutela.core.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.requests.FileFixtures.AUTHORITY;
import static org.tutela.core.requests.FileFixtures.JUDGE;
import static org.tutela.core.requests.FileFixtures.NOBODY;
import static org.tutela.core.requests.FileFixtures.OVERSIGHT;
import static org.tutela.core.requests.FileFixtures.PROSECUTOR;
import static org.tutela.core.requests.FileFixtures.TODAY;
import static org.tutela.core.requests.FileFixtures.attempt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tutela.core.requests.Step.DecideAdmission.Admission;
import org.tutela.core.requests.Step.DecideMeasure.MeasureOutcome;
import org.tutela.core.requests.rules.ActorHasDeskFunction;
import org.tutela.core.requests.rules.CoerciveMeasureNeedsJudge;
import org.tutela.core.requests.rules.ConditionalDecisionNamesConditions;
import org.tutela.core.requests.rules.DecisionReliesOnScreening;
import org.tutela.core.requests.rules.DepartureFromBandMustBeExplained;
import org.tutela.core.requests.rules.HoldLiftedByAllowedRole;
import org.tutela.core.requests.rules.MetNeedsEvidence;
import org.tutela.core.requests.rules.NoDisclosureUnderHold;
import org.tutela.core.requests.rules.ReasonRequired;
import org.tutela.core.requests.rules.RoleMayMakeTransition;
import org.tutela.core.requests.rules.StepAllowedInState;
import org.tutela.core.requests.rules.StepRefersToWhatExists;
import org.tutela.core.screening.Band;

/** Each workflow rule on its own minimal file: one case it refuses (with its reason) and one it allows. */
class WorkflowRulesTest {
    static Step admit() {
        return new Step.DecideAdmission(Admission.ADMITTED, List.of(), Optional.empty(), Optional.empty());
    }

    static void refused(Verdict verdict, String rule, String key) {
        assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
        Verdict.Rejected r = (Verdict.Rejected) verdict;
        assertThat(r.rule()).isEqualTo(rule);
        assertThat(r.messageKey()).isEqualTo(key);
        assertThat(WorkflowMessages.text(r.messageKey(), r.args())).doesNotStartWith(key);
    }

    @Test
    void everyRuleIsListedOnceWithGrounds() {
        assertThat(WorkflowRules.ALL).extracting(WorkflowRule::id).doesNotHaveDuplicates().hasSize(12);
        assertThat(WorkflowRules.ALL).allSatisfy(r -> assertThat(r.grounds()).isNotBlank());
    }

    @Nested
    class NoDisclosureUnderHoldRule {
        final WorkflowRule rule = new NoDisclosureUnderHold();

        @Test
        void refusesAnAuthorisedDisclosureWhileAHoldIsInForceAndNamesTheHold() {
            RequestFile file = FileFixtures.inExecution().then(new Step.PlaceHold(HoldKind.APPEAL_PENDING, Optional.empty()), JUDGE).file();
            Verdict v = rule.judge(file, attempt(new Step.RecordDisclosure(FileFixtures.disclosure(true, TODAY)), JUDGE), TODAY);
            refused(v, "NoDisclosureUnderHold", "rule.hold.disclosure");
            assertThat(((Verdict.Rejected) v).args().get(0)).contains("APPEAL_PENDING");
        }

        @Test
        void refusesTheTransmissionUnderAnUnresolvedRefuseBand() {
            RequestFile file = FileFixtures.screened(Band.REFUSE).file();
            refused(rule.judge(file, attempt(new Step.Move(Transition.TRANSMIT), AUTHORITY), TODAY), "NoDisclosureUnderHold", "rule.hold.disclosure");
        }

        @Test
        void allowsItOnceTheHoldIsLiftedAndAlwaysRecordsWhatHappenedInFact() {
            FileFixtures held = FileFixtures.inExecution().then(new Step.PlaceHold(HoldKind.APPEAL_PENDING, Optional.empty()), JUDGE);
            assertThat(rule.judge(held.file(), attempt(new Step.RecordDisclosure(FileFixtures.disclosure(false, TODAY)), JUDGE), TODAY).isAllowed()).isTrue();
            RequestFile lifted = held.then(new Step.LiftHold(1), JUDGE).file();
            assertThat(rule.judge(lifted, attempt(new Step.RecordDisclosure(FileFixtures.disclosure(true, TODAY)), JUDGE), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class DepartureFromBandMustBeExplainedRule {
        final WorkflowRule rule = new DepartureFromBandMustBeExplained();

        @Test
        void admittingAgainstARefuseBandNeedsAReason() {
            RequestFile file = FileFixtures.screened(Band.REFUSE).file();
            refused(rule.judge(file, attempt(admit(), AUTHORITY), TODAY), "DepartureFromBandMustBeExplained", "rule.departure.unexplained");
            Step explained = new Step.DecideAdmission(Admission.ADMITTED, List.of(), Optional.of("the flags rest on a mistaken identity"), Optional.empty());
            assertThat(rule.judge(file, attempt(explained, AUTHORITY), TODAY).isAllowed()).isTrue();
        }

        @Test
        void refusingAsAdvisedOrAdmittingWithoutConcernNeedsNoExplanation() {
            Step refuse = new Step.DecideAdmission(Admission.REFUSED, List.of(), Optional.empty(), Optional.empty());
            assertThat(rule.judge(FileFixtures.screened(Band.SUSPEND_AND_REQUIRE_ASSURANCES).file(), attempt(refuse, AUTHORITY), TODAY).isAllowed()).isTrue();
            assertThat(rule.judge(FileFixtures.screened(Band.NO_CONCERN_FOUND).file(), attempt(admit(), AUTHORITY), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class RoleMayMakeTransitionRule {
        final WorkflowRule rule = new RoleMayMakeTransition();

        @Test
        void onlyTheCentralAuthorityAdmits() {
            RequestFile file = FileFixtures.screened(Band.NO_CONCERN_FOUND).file();
            refused(rule.judge(file, attempt(admit(), PROSECUTOR), TODAY), "RoleMayMakeTransition", "rule.role.step");
            assertThat(rule.judge(file, attempt(admit(), AUTHORITY), TODAY).isAllowed()).isTrue();
        }

        @Test
        void onlyTheProsecutorStartsTheExecution() {
            RequestFile file = FileFixtures.screened(Band.NO_CONCERN_FOUND).then(admit(), AUTHORITY).file();
            refused(rule.judge(file, attempt(new Step.Move(Transition.START_EXECUTION), AUTHORITY), TODAY), "RoleMayMakeTransition", "rule.role.transition");
            assertThat(rule.judge(file, attempt(new Step.Move(Transition.START_EXECUTION), PROSECUTOR), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class MetNeedsEvidenceRule {
        final WorkflowRule rule = new MetNeedsEvidence();

        @Test
        void aConditionIsMetOrBreachedOnlyOnEvidence() {
            RequestFile file = FileFixtures.inExecution().file();
            refused(rule.judge(file, attempt(new Step.CheckCondition(1, Condition.State.MET, List.of()), JUDGE), TODAY),
                    "MetNeedsEvidence", "rule.evidence.missing");
            assertThat(rule.judge(file, attempt(new Step.CheckCondition(1, Condition.State.MET,
                    List.of(Evidence.note("written undertaking of 2 May"))), JUDGE), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class ReasonRequiredRule {
        @Test
        void aStepWithoutReasonsIsRefused() {
            RequestFile file = FileFixtures.screened(Band.NO_CONCERN_FOUND).file();
            refused(new ReasonRequired().judge(file, Attempt.of(admit(), AUTHORITY, "  "), TODAY), "ReasonRequired", "rule.reason.missing");
            assertThat(new ReasonRequired().judge(file, Attempt.of(admit(), AUTHORITY, "treaty conditions met"), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class ActorHasDeskFunctionRule {
        @Test
        void anAccountWithoutADeskCannotAct() {
            RequestFile file = FileFixtures.registered().file();
            refused(new ActorHasDeskFunction().judge(file, attempt(admit(), NOBODY), TODAY), "ActorHasDeskFunction", "rule.desk.none");
            assertThat(new ActorHasDeskFunction().judge(file, attempt(admit(), AUTHORITY), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class StepAllowedInStateRule {
        final WorkflowRule rule = new StepAllowedInState();

        @Test
        void noAdmissionBeforeScreeningAndNoMoveFromTheWrongState() {
            refused(rule.judge(FileFixtures.registered().file(), attempt(admit(), AUTHORITY), TODAY), "StepAllowedInState", "rule.state.step");
            refused(rule.judge(FileFixtures.inExecution().file(), attempt(new Step.Move(Transition.CLOSE), AUTHORITY), TODAY),
                    "StepAllowedInState", "rule.state.transition");
            assertThat(rule.judge(FileFixtures.screened(Band.NO_CONCERN_FOUND).file(), attempt(admit(), AUTHORITY), TODAY).isAllowed()).isTrue();
        }

        @Test
        void aClosedRequestTakesNoHoldButStillRecordsABreach() {
            RequestFile closed = FileFixtures.screened(Band.NO_CONCERN_FOUND)
                    .then(new Step.DecideAdmission(Admission.REFUSED, List.of(), Optional.empty(), Optional.empty()), AUTHORITY)
                    .then(new Step.Move(Transition.CLOSE), AUTHORITY).file();
            refused(rule.judge(closed, attempt(new Step.PlaceHold(HoldKind.APPEAL_PENDING, Optional.empty()), JUDGE), TODAY),
                    "StepAllowedInState", "rule.state.step");
            assertThat(rule.judge(closed, attempt(new Step.RecordDisclosure(FileFixtures.disclosure(false, TODAY)), JUDGE), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class StepRefersToWhatExistsRule {
        @Test
        void aMeasureOrConditionOrHoldMustExist() {
            RequestFile file = FileFixtures.inExecution().file();
            WorkflowRule rule = new StepRefersToWhatExists();
            refused(rule.judge(file, attempt(new Step.DecideMeasure(4, MeasureOutcome.REFUSED, List.of()), JUDGE), TODAY),
                    "StepRefersToWhatExists", "rule.ref.measure");
            refused(rule.judge(file, attempt(new Step.CheckCondition(2, Condition.State.MET, List.of(Evidence.note("x"))), JUDGE), TODAY),
                    "StepRefersToWhatExists", "rule.ref.condition");
            refused(rule.judge(file, attempt(new Step.LiftHold(1), JUDGE), TODAY), "StepRefersToWhatExists", "rule.ref.hold");
            assertThat(rule.judge(file, attempt(new Step.DecideMeasure(3, MeasureOutcome.REFUSED, List.of()), JUDGE), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class DecisionReliesOnScreeningRule {
        @Test
        void anAdmissionNeedsAScreeningToRelyOn() {
            WorkflowRule rule = new DecisionReliesOnScreening();
            refused(rule.judge(FileFixtures.registered().file(), attempt(admit(), AUTHORITY), TODAY), "DecisionReliesOnScreening", "rule.screening.missing");
            assertThat(rule.judge(FileFixtures.screened(Band.NO_CONCERN_FOUND).file(), attempt(admit(), AUTHORITY), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class ConditionalDecisionNamesConditionsRule {
        @Test
        void admittedWithConditionsNamesOne() {
            WorkflowRule rule = new ConditionalDecisionNamesConditions();
            RequestFile file = FileFixtures.screened(Band.NO_CONCERN_FOUND).file();
            Step none = new Step.DecideAdmission(Admission.ADMITTED_WITH_CONDITIONS, List.of(), Optional.empty(), Optional.empty());
            refused(rule.judge(file, attempt(none, AUTHORITY), TODAY), "ConditionalDecisionNamesConditions", "rule.conditions.missing");
            Step one = new Step.DecideAdmission(Admission.ADMITTED_WITH_CONDITIONS, List.of(Condition.of(Condition.Kind.NO_DEATH_PENALTY)),
                    Optional.empty(), Optional.empty());
            assertThat(rule.judge(file, attempt(one, AUTHORITY), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class CoerciveMeasureNeedsJudgeRule {
        @Test
        void onlyAJudgeAuthorisesASearchButAnyoneWhoDecidesMayRefuseIt() {
            WorkflowRule rule = new CoerciveMeasureNeedsJudge();
            RequestFile file = FileFixtures.screened(Band.NO_CONCERN_FOUND).file();
            refused(rule.judge(file, attempt(new Step.DecideMeasure(1, MeasureOutcome.AUTHORISED, List.of()), AUTHORITY), TODAY),
                    "CoerciveMeasureNeedsJudge", "rule.measure.coercive");
            assertThat(rule.judge(file, attempt(new Step.DecideMeasure(1, MeasureOutcome.REFUSED, List.of()), AUTHORITY), TODAY).isAllowed()).isTrue();
            assertThat(rule.judge(file, attempt(new Step.DecideMeasure(2, MeasureOutcome.AUTHORISED, List.of()), AUTHORITY), TODAY).isAllowed()).isTrue();
            assertThat(rule.judge(file, attempt(new Step.DecideMeasure(1, MeasureOutcome.AUTHORISED, List.of()), JUDGE), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class HoldLiftedByAllowedRoleRule {
        @Test
        void theProsecutorCannotLiftAPrivilegeReviewNorTheJudgeAHoldOfOversight() {
            WorkflowRule rule = new HoldLiftedByAllowedRole();
            RequestFile file = FileFixtures.inExecution()
                    .then(new Step.PlaceHold(HoldKind.PRIVILEGE_REVIEW, Optional.empty()), JUDGE)
                    .then(new Step.PlaceHold(HoldKind.APPEAL_PENDING, Optional.empty()), OVERSIGHT).file();
            refused(rule.judge(file, attempt(new Step.LiftHold(1), PROSECUTOR), TODAY), "HoldLiftedByAllowedRole", "rule.hold.lift");
            refused(rule.judge(file, attempt(new Step.LiftHold(2), JUDGE), TODAY), "HoldLiftedByAllowedRole", "rule.hold.lift");
            assertThat(rule.judge(file, attempt(new Step.LiftHold(1), JUDGE), TODAY).isAllowed()).isTrue();
            assertThat(rule.judge(file, attempt(new Step.LiftHold(2), OVERSIGHT), TODAY).isAllowed()).isTrue();
        }
    }
}
