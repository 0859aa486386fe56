package org.tutela.core.requests.rules;

import java.time.LocalDate;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.Condition;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/** A condition is found met, or breached, on evidence: a record or an observation someone can check. */
public final class MetNeedsEvidence implements WorkflowRule {
    public String id() {
        return "MetNeedsEvidence";
    }

    public String grounds() {
        return "an assurance is worth what its verification is worth (ECtHR, Othman v. United Kingdom, 2012, on assurances)";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        if (attempt.step() instanceof Step.CheckCondition c && c.state() != Condition.State.PENDING && c.evidence().isEmpty()) {
            return reject("rule.evidence.missing", c.condition(), c.state());
        }
        return Verdict.allowed();
    }
}
