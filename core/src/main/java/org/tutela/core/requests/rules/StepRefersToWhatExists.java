package org.tutela.core.requests.rules;

import java.time.LocalDate;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.FileItems;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/** A step names a measure, condition, hold or entry of this file that exists (and a hold to lift that is still in force). */
public final class StepRefersToWhatExists implements WorkflowRule {
    public String id() {
        return "StepRefersToWhatExists";
    }

    public String grounds() {
        return "a decision on something the request does not contain decides nothing";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        Step step = attempt.step();
        if (step instanceof Step.DecideMeasure m && file.measure(m.measure()).isEmpty()) {
            return reject("rule.ref.measure", m.measure(), file.measures().size());
        }
        if (step instanceof Step.CheckCondition c && file.condition(c.condition()).isEmpty()) {
            return reject("rule.ref.condition", c.condition(), file.conditions().size());
        }
        if (step instanceof Step.LiftHold l && file.hold(l.hold()).filter(FileItems.HoldItem::active).isEmpty()) {
            return reject("rule.ref.hold", l.hold());
        }
        if (step instanceof Step.Annotate a && a.entry().filter(n -> n < 1 || n > file.revision()).isPresent()) {
            return reject("rule.ref.entry", a.entry().get(), file.revision());
        }
        if (step instanceof Step.PlaceHold p && !p.hold().placeable()) {
            return reject("rule.hold.notPlaceable", p.hold());
        }
        if (step instanceof Step.OpenReview && file.reviewOpen()) {
            return reject("rule.review.open");
        }
        if (step instanceof Step.CloseReview && !file.reviewOpen()) {
            return reject("rule.review.none");
        }
        return Verdict.allowed();
    }
}
