package org.tutela.core.requests;

import java.util.Optional;

/**
 * A condition or assurance attached to an admission or to a measure: what was required, in the terms
 * the deciding desk used. Its state is followed in the request's file (pending, met, breached).
 */
public record Condition(Kind kind, Optional<String> text, Optional<Integer> measure) {
    public enum Kind {
        /** No use of what is sent for offences other than those of the request. */
        SPECIALITY,
        NO_POLITICAL_USE,
        NO_ONWARD_TRANSFER,
        NO_DEATH_PENALTY,
        /** A privilege review of seized material before any of it is sent. */
        PRIVILEGE_REVIEW_BEFORE_TRANSMISSION,
        /** A representative of the bar present at a search of a lawyer's premises. */
        BAR_REPRESENTATIVE_PRESENT,
        NO_FOREIGN_OFFICIALS_PRESENT,
        /** The target told of the right to appeal and given access to the file (Belgian Constitutional Court 1/2022). */
        TARGET_INFORMED_OF_APPEAL,
        /** Nothing sent while an appeal is pending. */
        NOTHING_SENT_DURING_APPEAL,
        OTHER
    }

    public enum State { PENDING, MET, BREACHED }

    public Condition {
        Text.required("conditions.kind", kind);
        text = Text.optional(text);
        measure = Text.opt(measure);
        if (kind == Kind.OTHER && text.isEmpty()) {
            throw new WorkflowInputException("conditions.text", "a condition of kind OTHER must say what it requires");
        }
    }

    public static Condition of(Kind kind) {
        return new Condition(kind, Optional.empty(), Optional.empty());
    }
}
