package org.tutela.core.requests.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.DeskFunction;
import org.tutela.core.requests.FileItems.HoldItem;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/**
 * Only the desk that decides what a hold waits for may lift it: the judge a privilege review, the judge
 * or the central authority an appeal's end; a review or a hold placed by oversight only oversight.
 */
public final class HoldLiftedByAllowedRole implements WorkflowRule {
    public String id() {
        return "HoldLiftedByAllowedRole";
    }

    public String grounds() {
        return "a hold protects a remedy; the desk that waits for it cannot be the one that ends it early";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        if (!(attempt.step() instanceof Step.LiftHold l) || attempt.actor().function().isEmpty()) {
            return Verdict.allowed();
        }
        Optional<HoldItem> hold = file.hold(l.hold());
        if (hold.isEmpty()) {
            return Verdict.allowed(); // StepRefersToWhatExists says why
        }
        DeskFunction f = attempt.actor().function().get();
        boolean placedByOversight = hold.get().placedBy().filter(a -> a.actsAs(DeskFunction.OVERSIGHT)).isPresent();
        if (placedByOversight ? f != DeskFunction.OVERSIGHT : !hold.get().kind().liftableBy(f)) {
            return reject("rule.hold.lift", l.hold(), hold.get().kind(), f);
        }
        return Verdict.allowed();
    }
}
