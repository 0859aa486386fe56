package org.tutela.core.requests.rules;

import java.time.LocalDate;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/** An admission decision names the screening it relied on; without one there is nothing to rely on. */
public final class DecisionReliesOnScreening implements WorkflowRule {
    public String id() {
        return "DecisionReliesOnScreening";
    }

    public String grounds() {
        return "oversight reviews each decision against the screening it relied on (the seed report's recommendation)";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        return attempt.step() instanceof Step.DecideAdmission && file.screening().isEmpty()
                ? reject("rule.screening.missing") : Verdict.allowed();
    }
}
