package org.tutela.core.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.RecordId;

/**
 * A breach as a fact later screenings can see: on which request, by which state (the request's
 * requesting state, whose condition or assurance it was), concerning whom, what was breached, on which
 * day, the entry of the file that records it and the evidence cited there. A value of references: the
 * words are the reader's, from a bundle.
 */
public record BreachFact(RecordId request, Country state, List<RecordId> concerning, Breached what, LocalDate on, int entry,
                         List<Evidence> evidence) {
    public BreachFact {
        Text.required("request", request);
        Text.required("state", state);
        concerning = Text.list(concerning);
        Text.required("what", what);
        Text.required("on", on);
        evidence = Text.list(evidence);
    }

    /** What was breached: a condition or assurance, or, by a disclosure, the holds in force and the rule that a decision authorise it. */
    public sealed interface Breached permits ConditionBreached, DisclosureInBreach {
    }

    /** A condition or assurance found breached; {@code text} is the deciding desk's own terms, if it gave any. */
    public record ConditionBreached(Condition.Kind condition, Optional<String> text) implements Breached {
        public ConditionBreached {
            Text.required("condition", condition);
            text = Text.optional(text);
        }
    }

    /** An item disclosed while {@code holds} were in force, and/or ({@code withoutDecision}) with no decision authorising it. */
    public record DisclosureInBreach(Disclosure.Item item, List<HoldKind> holds, boolean withoutDecision) implements Breached {
        public DisclosureInBreach {
            Text.required("item", item);
            holds = Text.list(holds);
            if (holds.isEmpty() && !withoutDecision) {
                throw new WorkflowInputException("what", "a disclosure in breach breached a hold or had no decision");
            }
        }
    }

    /** True for a breached condition of {@code kind}. */
    public boolean ofCondition(Condition.Kind kind) {
        return what instanceof ConditionBreached c && c.condition() == kind;
    }
}
