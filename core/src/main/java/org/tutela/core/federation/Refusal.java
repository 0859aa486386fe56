package org.tutela.core.federation;

import java.util.Locale;
import java.util.Optional;
import org.tutela.core.registry.Problem;

/**
 * Why a received bulletin was refused; nothing of it is stored, the refusal is logged. {@code detail} is stable
 * English for logs and partners' machines; a malformed bulletin also names the {@code field} at fault and the
 * {@code problem} as a key of the problems bundle with its arguments, so that a person reads it in their language.
 */
public record Refusal(Reason reason, String detail, Optional<String> field, Optional<Problem> problem) {

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
        field = field == null ? Optional.empty() : field;
        problem = problem == null ? Optional.empty() : problem;
    }

    /** A refusal said in English words only. */
    public Refusal(Reason reason, String detail) {
        this(reason, detail, Optional.empty(), Optional.empty());
    }

    /** The detail in {@code locale}'s words where the refusal has a problem; its English detail otherwise. */
    public String detail(Locale locale) {
        return problem.map(p -> field.map(f -> f + ": ").orElse("") + p.text(locale)).orElse(detail);
    }

    @Override
    public String toString() {
        return reason.text() + ": " + detail;
    }
}
