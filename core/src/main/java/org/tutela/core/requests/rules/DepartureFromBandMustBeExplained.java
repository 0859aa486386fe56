package org.tutela.core.requests.rules;

import java.time.LocalDate;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.ScreeningReference;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/** Comply or explain: admitting a request the screening advised to refuse or suspend needs the reason for departing. */
public final class DepartureFromBandMustBeExplained implements WorkflowRule {
    public String id() {
        return "DepartureFromBandMustBeExplained";
    }

    public String grounds() {
        return "comply or explain: a decision against the screening's advice says why, and the reason is shown with it";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        if (attempt.step() instanceof Step.DecideAdmission d && d.goesAhead() && d.departure().isEmpty()) {
            return file.screening().filter(ScreeningReference::advisesAgainst)
                    .<Verdict>map(s -> reject("rule.departure.unexplained", d.outcome(), s.band(), s.asOf()))
                    .orElse(Verdict.allowed());
        }
        return Verdict.allowed();
    }
}
