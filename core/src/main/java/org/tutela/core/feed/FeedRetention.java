package org.tutela.core.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How long the change feed keeps what every consumer has handled, and a consumer that deletes the rest.
 * The registry's revisions are the history; the feed is only the queue to its consumers, and without
 * pruning it grows by one row per revision forever.
 *
 * <p>A change is deleted once it is older than {@code keep} and every consumer that still needs it has
 * handled it. A consumer that rebuilds its state from the registry when its server starts (the name
 * index) does not need changes from before its start: when it has not moved for longer than
 * {@code keep}, its server is taken to be gone and it no longer holds the feed back. Every other consumer
 * (one per cluster, such as standing screening) holds the feed back for as long as it lags, however old
 * its position.
 */
public record FeedRetention(Duration keep, Predicate<String> rebuiltAtStart) {
    public FeedRetention {
        Objects.requireNonNull(keep, "keep");
        Objects.requireNonNull(rebuiltAtStart, "rebuiltAtStart");
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("the feed's retention must be positive, not " + keep);
        }
    }

    /** The last position that may be deleted, given the consumers as they stand at {@code now}. */
    public long cutoff(List<ConsumerState> consumers, long head, Instant now) {
        Instant idleSince = now.minus(keep);
        return consumers.stream()
                .filter(c -> c.failing() || !rebuiltAtStart.test(c.consumer())
                        || c.advancedAt().map(t -> t.isAfter(idleSince)).orElse(false))
                .mapToLong(ConsumerState::position)
                .min().orElse(head);
    }

    /** The consumer that prunes: run it on one server of the cluster at a time. */
    public FeedConsumer pruner(ChangeFeed feed, Clock clock) {
        return changes -> {
            Instant now = clock.instant();
            feed.prune(cutoff(feed.consumers(), feed.head(), now), now.minus(keep));
        };
    }
}
