package org.tutela.core.requests.rules;

import java.time.LocalDate;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.DeskFunction;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/** Each step and each move is made by the desks the law gives it to (StepKind and Transition say which). */
public final class RoleMayMakeTransition implements WorkflowRule {
    public String id() {
        return "RoleMayMakeTransition";
    }

    public String grounds() {
        return "the three filters: the central authority admits, the prosecutor executes, the investigating judge authorises coercion";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        if (attempt.actor().function().isEmpty()) {
            return Verdict.allowed(); // ActorHasDeskFunction says why
        }
        DeskFunction f = attempt.actor().function().get();
        if (!attempt.step().kind().madeBy(f)) {
            return reject("rule.role.step", f, attempt.step().kind());
        }
        if (attempt.step() instanceof Step.Move m && !m.transition().by().contains(f)) {
            return reject("rule.role.transition", f, m.transition());
        }
        return Verdict.allowed();
    }
}
