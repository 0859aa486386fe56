package org.tutela.core.feed;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The registry's change feed (a transactional outbox): every commit appends its revisions in the same
 * transaction, so a change is in the feed if and only if it is in the registry. Consumers keep their
 * positions here too, so that every server of a cluster sees them, and a consumer that runs on one
 * server at a time holds a lease here.
 */
public interface ChangeFeed {

    /** The position of the latest change, 0 when the feed is empty. */
    long head();

    /** Up to {@code limit} changes after {@code position}, in order. */
    List<FeedEntry> after(long position, int limit);

    /** The consumer's position: the last change it has handled (0 for a consumer never seen). */
    long position(String consumer);

    /**
     * Moves the consumer from {@code from} to {@code to} and clears its failure count; false, and nothing
     * changed, when its position is no longer {@code from} (another server moved it meanwhile).
     */
    boolean advance(String consumer, long from, long to);

    /** Sets a consumer's position outright: after a rebuild from the registry, or to replay. */
    void reset(String consumer, long position);

    /**
     * Records a failed attempt; the first of a run of failures also raises an operations alert, so that
     * a consumer stuck on one change is seen once, not once a second.
     */
    void failed(String consumer, long position, String error);

    /**
     * Deletes the changes at or before {@code upTo} that were committed before {@code committedBefore}, and
     * returns how many. The head and every consumer's position stay as they were.
     */
    int prune(long upTo, java.time.Instant committedBefore);

    /** Every consumer the feed knows, with its position, lag, failure and lease holder. */
    List<ConsumerState> consumers();

    /** Operations alerts raised by failing consumers, newest first. */
    List<FeedAlert> alerts(int limit);

    /**
     * Takes the consumer's lease for {@code holder}, or renews it; false when another holder's lease has
     * not yet expired. Expiry is measured by the database's clock, which all servers share.
     */
    boolean holdLease(String consumer, String holder, Duration ttl);

    /** Gives the lease up at once (a clean shutdown), if {@code holder} holds it. */
    void releaseLease(String consumer, String holder);

    Optional<String> leaseHolder(String consumer);

    /** A number that grows whenever the feed may have moved; read it before looking, pass it to {@link #awaitChange}. */
    long changeMark();

    /**
     * Waits until the feed may have moved since {@code mark} was read (a commit on this server or, where
     * the database tells, on another) or {@code max} has passed. The wait is a hint: callers look again
     * either way, so a missed notification costs at most {@code max}.
     */
    void awaitChange(long mark, Duration max) throws InterruptedException;
}
