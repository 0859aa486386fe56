package org.tutela.storage.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A search of the audit log: exact actor, action and outcome, a text in the target, a time span; newest first.
 * {@code compartments}, when present, keeps the entries that concern at least one of them (a reader's remit;
 * an empty set finds nothing); absent, every entry (administrators).
 */
public record AuditQuery(Optional<String> actor, Optional<String> action, Optional<String> target, Optional<String> outcome,
                         Optional<Instant> from, Optional<Instant> to, int limit, Optional<Set<String>> compartments) {
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        actor = blankToEmpty(actor);
        action = blankToEmpty(action);
        target = blankToEmpty(target);
        outcome = blankToEmpty(outcome);
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        compartments = compartments == null ? Optional.empty() : compartments.map(Set::copyOf);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: must be between 1 and " + MAX_LIMIT);
        }
    }

    public AuditQuery(Optional<String> actor, Optional<String> action, Optional<String> target, Optional<String> outcome,
                      Optional<Instant> from, Optional<Instant> to, int limit) {
        this(actor, action, target, outcome, from, to, limit, Optional.empty());
    }

    /** This search kept to the entries of these compartments. */
    public AuditQuery within(Set<String> remit) {
        return new AuditQuery(actor, action, target, outcome, from, to, limit, Optional.of(remit));
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    private static Optional<String> blankToEmpty(Optional<String> text) {
        return text == null ? Optional.empty() : text.filter(s -> !s.isBlank());
    }
}
