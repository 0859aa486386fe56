package org.tutela.core.feed;

import java.time.Duration;
import java.util.Optional;

/**
 * A consumer's lease held through a long piece of work done outside its follower (a shared name index rebuilt
 * from the registry, which takes longer than the lease's time at a million names): renewed a third of the way
 * through its time on a thread of its own until closed, so that no other server takes the consumer over in the
 * middle. Closing stops renewing without giving the lease up: the follower started next, under the same holder,
 * keeps it. {@link #stillHeld()} says whether every renewal went through; work whose lease lapsed must not move
 * the consumer's position, since another server may have moved it meanwhile.
 */
public final class HeldLease implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(HeldLease.class.getName());

    private final ChangeFeed feed;
    private final String consumer;
    private final String holder;
    private final Duration ttl;
    private final Thread renewer;
    private final Object pause = new Object();
    private volatile boolean closed;
    private volatile boolean held = true;

    private HeldLease(ChangeFeed feed, String consumer, String holder, Duration ttl) {
        this.feed = feed;
        this.consumer = consumer;
        this.holder = holder;
        this.ttl = ttl;
        this.renewer = new Thread(this::renew, "lease-" + consumer);
        this.renewer.setDaemon(true);
    }

    /** The lease of {@code consumer} for {@code holder}, renewed until closed; none when another holder has it. */
    public static Optional<HeldLease> take(ChangeFeed feed, String consumer, String holder, Duration ttl) {
        if (!feed.holdLease(consumer, holder, ttl)) {
            return Optional.empty();
        }
        HeldLease lease = new HeldLease(feed, consumer, holder, ttl);
        lease.renewer.start();
        return Optional.of(lease);
    }

    /** True while every renewal since it was taken went through. */
    public boolean stillHeld() {
        return held;
    }

    private void renew() {
        long every = Math.max(1, ttl.dividedBy(3).toMillis());
        while (!closed && held) {
            synchronized (pause) {
                try {
                    pause.wait(every);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (closed) {
                return;
            }
            try {
                if (!feed.holdLease(consumer, holder, ttl)) {
                    held = false;
                    LOG.log(System.Logger.Level.WARNING, "the lease of " + consumer + " passed to another server during work that needed it");
                }
            } catch (RuntimeException e) {
                // a renewal that could not be written may still be held; the next attempt, a third of the time later, says
                LOG.log(System.Logger.Level.WARNING, "could not renew the lease of " + consumer + "; trying again", e);
            }
        }
    }

    /** Stops renewing (the lease stays until it expires or its holder's follower renews it). */
    @Override
    public void close() {
        closed = true;
        synchronized (pause) {
            pause.notifyAll();
        }
        try {
            renewer.join(ttl.toMillis() + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
