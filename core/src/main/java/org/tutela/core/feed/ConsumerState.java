package org.tutela.core.feed;

import java.time.Instant;
import java.util.Optional;

/**
 * How far a consumer has come: its position, how many changes it is behind the feed's head, and its
 * latest failure. {@code failures} counts consecutive failed attempts (0 when the last one went through);
 * {@code lastError} stays after a recovery, for the record.
 */
public record ConsumerState(String consumer, long position, long head, int failures, Optional<String> lastError,
                            Optional<Instant> lastErrorAt, Optional<Instant> advancedAt, Optional<String> leaseHolder) {
    public ConsumerState {
        lastError = lastError == null ? Optional.empty() : lastError;
        lastErrorAt = lastErrorAt == null ? Optional.empty() : lastErrorAt;
        advancedAt = advancedAt == null ? Optional.empty() : advancedAt;
        leaseHolder = leaseHolder == null ? Optional.empty() : leaseHolder;
    }

    public long lag() {
        return Math.max(0, head - position);
    }

    public boolean failing() {
        return failures > 0;
    }
}
