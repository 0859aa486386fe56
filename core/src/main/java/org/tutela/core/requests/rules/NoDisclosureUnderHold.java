package org.tutela.core.requests.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.FileItems.HoldItem;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Transition;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/**
 * While a hold is in force nothing of the request's material may be recorded as authorised to leave:
 * neither a disclosure nor the transmission. (A disclosure that happened in fact is still recorded, and
 * marked as a breach of the hold.)
 */
public final class NoDisclosureUnderHold implements WorkflowRule {
    public String id() {
        return "NoDisclosureUnderHold";
    }

    public String grounds() {
        return "an appeal, a review or a privilege review is pointless once the material has left (Belgian Constitutional Court 1/2022; UN Basic Principles on the Role of Lawyers, 16-17, 22)";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        boolean leaves = attempt.step() instanceof Step.RecordDisclosure d && d.disclosure().authorised()
                || attempt.step() instanceof Step.Move m && m.transition() == Transition.TRANSMIT;
        if (!leaves) {
            return Verdict.allowed();
        }
        LocalDate day = attempt.step() instanceof Step.RecordDisclosure d ? d.disclosure().on() : attempt.on().orElse(today);
        List<HoldItem> holds = new java.util.ArrayList<>(file.activeHolds());
        file.activeHoldsOn(day).stream().filter(h -> holds.stream().noneMatch(k -> k.number() == h.number())).forEach(holds::add);
        if (holds.isEmpty()) {
            return Verdict.allowed();
        }
        return reject("rule.hold.disclosure", holds.stream().map(h -> (h.number() == 0 ? "" : "#" + h.number() + " ") + h.kind()
                + " since " + h.since()).collect(Collectors.joining(", ")));
    }
}
