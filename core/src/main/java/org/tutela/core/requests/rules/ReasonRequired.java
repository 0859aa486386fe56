package org.tutela.core.requests.rules;

import java.time.LocalDate;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/** Every step is a revision with who, when and why: a decision without reasons is no decision. */
public final class ReasonRequired implements WorkflowRule {
    public String id() {
        return "ReasonRequired";
    }

    public String grounds() {
        return "a decision states its reasons (ECHR Art. 6 and 13: a decision that can be challenged must be reasoned)";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        return attempt.reason().isBlank() ? reject("rule.reason.missing") : Verdict.allowed();
    }
}
