package org.tutela.core.feed;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs one consumer over the change feed on a thread of its own: reads the changes after the
 * consumer's position, hands them over in order, and moves the position on only when they went
 * through. A failure is logged, recorded in the feed (where the health endpoint and the alerts show
 * it) and retried with growing pauses; it never stops the thread and never reaches the writer. A
 * {@link FeedConsumer.Scope#ONE_SERVER} consumer runs only while this server holds its lease.
 *
 * <p>The thread is never interrupted: an interrupt in the middle of a database or index call can close
 * the file under it (H2, Lucene). It looks at {@code stopped} between batches and waits in short slices.
 */
public final class FeedFollower implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FeedFollower.class.getName());

    /** How a follower paces itself; {@link #standard()} for servers, shorter in tests. */
    public record Pace(int batch, Duration poll, Duration leaseTtl, Duration firstRetry, Duration lastRetry) {
        public static Pace standard() {
            return new Pace(200, Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(30));
        }
    }

    private final ChangeFeed feed;
    private final String name;
    private final FeedConsumer consumer;
    private final FeedConsumer.Scope scope;
    private final String holder;
    private final Pace pace;
    private final Object pause = new Object();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile boolean holding;
    private long renewedAt; // System.nanoTime() of the last lease request; the follower's thread only
    private volatile int failures;
    private volatile Optional<String> lastError = Optional.empty();

    public FeedFollower(ChangeFeed feed, String name, FeedConsumer consumer, FeedConsumer.Scope scope, String holder, Pace pace) {
        this.feed = feed;
        this.name = name;
        this.consumer = consumer;
        this.scope = scope;
        this.holder = holder;
        this.pace = pace;
        this.thread = new Thread(this::run, "feed-" + name);
        this.thread.setDaemon(true);
    }

    public String name() {
        return name;
    }

    public FeedConsumer.Scope scope() {
        return scope;
    }

    /** Starts following on the follower's own thread. */
    public FeedFollower start() {
        thread.start();
        return this;
    }

    /**
     * Handles everything up to the feed's head on the calling thread, once, before {@link #start}: what a
     * server does at start so that it answers with an index that has caught up. Returns false, with the
     * failure recorded, if a batch failed; the thread retries it later.
     */
    public boolean catchUp() {
        while (true) {
            switch (step()) {
                case IDLE -> {
                    return true;
                }
                case FAILED, NOT_HOLDING -> {
                    return false;
                }
                case ADVANCED -> {
                }
            }
        }
    }

    /** Consecutive failed attempts (0 when the last one went through) and the last error seen by this server. */
    public int failures() {
        return failures;
    }

    public Optional<String> lastError() {
        return lastError;
    }

    public boolean holdsLease() {
        return scope == FeedConsumer.Scope.EACH_SERVER || holding;
    }

    /**
     * Waits until the consumer (on this server or, for a leased one, on whichever server holds the lease)
     * has handled position {@code target}. False when {@code timeout} passed first.
     */
    public boolean awaitPosition(long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (feed.position(name) < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private enum Step { ADVANCED, IDLE, FAILED, NOT_HOLDING }

    private void run() {
        Duration retry = pace.firstRetry();
        while (!stopped) {
            Step step = step();
            switch (step) {
                case ADVANCED -> retry = pace.firstRetry();
                case IDLE -> {
                }
                case FAILED -> {
                    sleep(retry);
                    retry = retry.multipliedBy(2).compareTo(pace.lastRetry()) > 0 ? pace.lastRetry() : retry.multipliedBy(2);
                }
                case NOT_HOLDING -> sleep(pace.leaseTtl().dividedBy(3));
            }
        }
        if (holding) {
            try {
                feed.releaseLease(name, holder);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "feed consumer " + name + " could not give its lease up; it expires by itself", e);
            }
        }
    }

    private Step step() {
        long from = -1;
        try {
            // renewed a third of the way through its time, not at every look: a renewal is a write
            if (scope == FeedConsumer.Scope.ONE_SERVER
                    && (!holding || System.nanoTime() - renewedAt > pace.leaseTtl().dividedBy(3).toNanos())) {
                long asked = System.nanoTime();
                boolean held = feed.holdLease(name, holder, pace.leaseTtl());
                renewedAt = asked;
                if (held != holding) {
                    LOG.log(System.Logger.Level.INFO, "feed consumer " + name + (held ? " now runs on " : " no longer runs on ") + holder);
                }
                holding = held;
                if (!held) {
                    return Step.NOT_HOLDING;
                }
            }
            long mark = feed.changeMark();
            from = feed.position(name);
            List<FeedEntry> batch = feed.after(from, pace.batch());
            if (batch.isEmpty()) {
                if (!stopped && thread == Thread.currentThread()) {
                    feed.awaitChange(mark, pace.poll());
                }
                return Step.IDLE;
            }
            consumer.consume(batch);
            long to = batch.get(batch.size() - 1).position();
            if (!feed.advance(name, from, to)) {
                // another server moved this consumer meanwhile (a lease that changed hands): read again from where it is
                LOG.log(System.Logger.Level.WARNING, "feed consumer " + name + " was moved from " + from + " by another server");
            } else if (failures > 0) {
                LOG.log(System.Logger.Level.INFO, "feed consumer " + name + " recovered after " + failures + " failed attempt(s)");
            }
            failures = 0;
            return Step.ADVANCED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
            return Step.IDLE;
        } catch (Exception | AssertionError | LinkageError | StackOverflowError e) {
            // whatever a consumer throws is its failure, recorded and retried; only the follower's own death would be silent
            failures++;
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            lastError = Optional.of(error);
            LOG.log(System.Logger.Level.ERROR, "feed consumer " + name + " failed after position " + from
                    + " (attempt " + failures + "), will retry", e);
            try {
                feed.failed(name, from + 1, error);
            } catch (RuntimeException recording) {
                LOG.log(System.Logger.Level.ERROR, "cannot record the failure of feed consumer " + name, recording);
            }
            return Step.FAILED;
        }
    }

    private void sleep(Duration d) {
        long until = System.nanoTime() + d.toNanos();
        synchronized (pause) {
            while (!stopped) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    pause.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                }
            }
        }
    }

    /** Stops after the batch in hand, gives the lease up, and waits for the thread (a bounded time). */
    @Override
    public void close() {
        stopped = true;
        synchronized (pause) {
            pause.notifyAll();
        }
        if (thread.isAlive()) {
            try {
                thread.join(pace.poll().toMillis() + 30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
