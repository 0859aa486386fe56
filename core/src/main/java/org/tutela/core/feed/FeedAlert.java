package org.tutela.core.feed;

import java.time.Instant;

/** A consumer began to fail at a position: what administrators are told, and what the log says too. */
public record FeedAlert(long id, String consumer, long position, String error, Instant raisedAt) {
}
