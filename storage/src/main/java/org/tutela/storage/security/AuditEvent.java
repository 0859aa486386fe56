package org.tutela.storage.security;

import java.util.Optional;
import java.util.Set;

/**
 * What is to be written to the audit log: who did what to which target, for what stated purpose, with
 * what outcome, and which compartments it concerns (empty: those of the actor's account, as for logins and
 * searches). Empty text where a field does not apply.
 */
public record AuditEvent(String actor, String action, String target, String purpose, String outcome, String detail,
                         Optional<Set<String>> compartments) {
    public AuditEvent {
        actor = clip(actor, 200);
        action = clip(action, 40);
        target = clip(target, 2000);
        purpose = clip(purpose, 2000);
        outcome = clip(outcome, 40);
        detail = clip(detail, 4000);
        compartments = compartments == null ? Optional.empty() : compartments.map(Set::copyOf);
    }

    /** An event that concerns the compartments of the actor's account. */
    public AuditEvent(String actor, String action, String target, String purpose, String outcome, String detail) {
        this(actor, action, target, purpose, outcome, detail, Optional.empty());
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
