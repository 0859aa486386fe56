package org.tutela.core.requests.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.RequestState;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.StepKind;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/**
 * A step is made only where the request stands: an admission decision after screening, a measure decided
 * before results are gathered, a move only from the states it leaves; nothing moves a closed or
 * withdrawn request except what records what happened (a condition found breached, a disclosure in fact)
 * and oversight.
 */
public final class StepAllowedInState implements WorkflowRule {
    private static final Set<RequestState> ADMISSION = EnumSet.of(RequestState.SCREENED, RequestState.RETURNED_FOR_CLARIFICATION);
    private static final Set<RequestState> MEASURES = EnumSet.of(RequestState.SCREENED, RequestState.RETURNED_FOR_CLARIFICATION,
            RequestState.ADMITTED, RequestState.ADMITTED_WITH_CONDITIONS, RequestState.IN_EXECUTION, RequestState.MEASURES_AUTHORISED);
    private static final Set<StepKind> EVEN_WHEN_CLOSED = EnumSet.of(StepKind.CHECK_CONDITION, StepKind.OPEN_REVIEW, StepKind.ANNOTATE,
            StepKind.CLOSE_REVIEW);

    public String id() {
        return "StepAllowedInState";
    }

    public String grounds() {
        return "the request's lifecycle: received and registered, screened, admitted or not, executed, authorised, gathered, transmitted, closed";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        RequestState state = file.state();
        Step step = attempt.step();
        if (step instanceof Step.Move m) {
            return m.transition().leaves(state) ? Verdict.allowed() : reject("rule.state.transition", m.transition(), state);
        }
        if (step instanceof Step.RecordDisclosure d && !d.disclosure().authorised()) {
            return Verdict.allowed(); // what happened in fact is recorded whatever the state
        }
        return allows(step.kind(), state) ? Verdict.allowed() : reject("rule.state.step", step.kind(), state);
    }

    /** Whether a step of this kind (other than a move, which says itself where it leaves from) may be made in {@code state}. */
    public static boolean allows(StepKind kind, RequestState state) {
        if (kind == StepKind.DECIDE_ADMISSION) {
            return ADMISSION.contains(state);
        }
        if (kind == StepKind.DECIDE_MEASURE) {
            return MEASURES.contains(state);
        }
        if (kind == StepKind.MOVE) {
            return java.util.Arrays.stream(org.tutela.core.requests.Transition.values()).anyMatch(t -> t.leaves(state));
        }
        return !state.terminal() || EVEN_WHEN_CLOSED.contains(kind);
    }
}
