package org.tutela.core.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

/** Every workflow rule, in the order a step is judged; the first rejection is the answer. */
public final class WorkflowRules {
    public static final List<WorkflowRule> ALL = List.of(
            new ActorHasDeskFunction(),
            new RoleMayMakeTransition(),
            new StepAllowedInState(),
            new StepRefersToWhatExists(),
            new ReasonRequired(),
            new DecisionReliesOnScreening(),
            new DepartureFromBandMustBeExplained(),
            new ConditionalDecisionNamesConditions(),
            new CoerciveMeasureNeedsJudge(),
            new HoldLiftedByAllowedRole(),
            new MetNeedsEvidence(),
            new NoDisclosureUnderHold());

    private WorkflowRules() {
    }

    /** The first rejection of {@code attempt} on {@code file}, or empty if every rule allows it. */
    public static Optional<Verdict.Rejected> judge(RequestFile file, Attempt attempt, LocalDate today) {
        for (WorkflowRule rule : ALL) {
            if (rule.judge(file, attempt, today) instanceof Verdict.Rejected r) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The rules that only depend on who acts and where the request stands: what buttons a page may offer. */
    static final List<WorkflowRule> STANDING = List.of(new ActorHasDeskFunction(), new RoleMayMakeTransition(), new StepAllowedInState());
}
