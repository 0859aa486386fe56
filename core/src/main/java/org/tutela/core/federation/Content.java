package org.tutela.core.federation;

/**
 * What a bulletin says: a decision on a request, a protection status (never the asylum file; the person named, or
 * only encoded), a screening
 * outcome, a condition breached, an incident marked shareable, or the retraction of an earlier bulletin.
 */
public sealed interface Content permits RequestDecision, ProtectionNotice, ProtectedPerson, ScreeningOutcome, ConditionBreached, SharedIncident,
        Retraction {

    enum Kind {
        DECISION("decision"), PROTECTION("protection-status"), PROTECTED_PERSON("protected-person"), SCREENING("screening-outcome"), BREACH("condition-breached"),
        INCIDENT("incident"), RETRACTION("retraction");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.text.equals(text)) {
                    return k;
                }
            }
            throw new FederationInputException("kind", "federation.kind.unknown", text);
        }
    }

    Kind kind();

    /** What of this content its group must allow: empty for most. */
    Sensitive sensitive();

    /** The same content with its sensitive part replaced (the sharing rules strip before signing). */
    Content withSensitive(Sensitive sensitive);
}
