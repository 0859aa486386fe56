package org.tutela.core.federation;

/** Why a received bulletin was refused; nothing of it is stored, the refusal is logged. */
public record Refusal(Reason reason, String detail) {

    public enum Reason {
        MALFORMED, OVERSIZED, UNKNOWN_KEY, REVOKED_KEY, WRONG_ISSUER, BAD_SIGNATURE, STALE, FROM_THE_FUTURE, REPLAY,
        NOT_FOR_US, KIND_NOT_RECEIVED, FORBIDDEN_FIELD, UNKNOWN_BULLETIN;

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Refusal {
        Texts.value("reason", reason);
        detail = detail == null ? "" : detail;
    }

    @Override
    public String toString() {
        return reason.text() + ": " + detail;
    }
}
