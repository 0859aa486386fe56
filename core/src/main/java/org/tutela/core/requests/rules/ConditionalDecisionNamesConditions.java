package org.tutela.core.requests.rules;

import java.time.LocalDate;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/** "Admitted with conditions" and "authorised with conditions" name at least one condition. */
public final class ConditionalDecisionNamesConditions implements WorkflowRule {
    public String id() {
        return "ConditionalDecisionNamesConditions";
    }

    public String grounds() {
        return "a condition that is not written down cannot be checked or found breached";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        if (attempt.step() instanceof Step.DecideAdmission d
                && d.outcome() == Step.DecideAdmission.Admission.ADMITTED_WITH_CONDITIONS && d.conditions().isEmpty()) {
            return reject("rule.conditions.missing", d.outcome());
        }
        if (attempt.step() instanceof Step.DecideMeasure m
                && m.outcome() == Step.DecideMeasure.MeasureOutcome.AUTHORISED_WITH_CONDITIONS && m.conditions().isEmpty()) {
            return reject("rule.conditions.missing", m.outcome());
        }
        return Verdict.allowed();
    }
}
