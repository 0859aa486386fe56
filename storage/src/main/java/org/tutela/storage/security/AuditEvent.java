package org.tutela.storage.security;

/**
 * What is to be written to the audit log: who did what to which target, for what stated purpose, with
 * what outcome. Empty text where a field does not apply.
 */
public record AuditEvent(String actor, String action, String target, String purpose, String outcome, String detail) {
    public AuditEvent {
        actor = clip(actor, 200);
        action = clip(action, 40);
        target = clip(target, 2000);
        purpose = clip(purpose, 2000);
        outcome = clip(outcome, 40);
        detail = clip(detail, 4000);
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
