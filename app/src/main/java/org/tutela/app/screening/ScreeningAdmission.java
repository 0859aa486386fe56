package org.tutela.app.screening;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How screenings are let in. At most {@code slots} compute at once (a screening is tens of milliseconds of CPU:
 * a burst of them unbounded took every core and every search and read queued behind them), at most {@code queue}
 * more wait for a slot, each for at most {@code maxWait}; the rest are turned away at once with
 * {@link ScreeningBusyException} (the API's 503 with Retry-After), instead of waiting without bound while their
 * callers time out. Slots default to the cores less one, so that searches and record reads keep a core: under the
 * load test on two cores, two slots raised the search and read p99 from about 110 to 280-400 ms and did not lower the
 * screening's. The wait is the bound that matters; the queue's length only stops a flood, so it is long (64 per
 * slot): four per slot turned away screenings in the load test's first seconds, while the JIT was still cold.
 *
 * <p>Semaphores, not an executor: the screening runs on the caller's thread, which already holds the request's
 * security context and transaction-free connection use.
 */
public final class ScreeningAdmission {
    static final int QUEUE_PER_SLOT = 64;
    private final int slotCount;
    private final int queueLength;
    private final Duration maxWait;
    private final Semaphore slots;
    private final Semaphore places;
    /** Mean time of a screening in its slot (exponentially weighted), for the Retry-After a busy answer gives. */
    private volatile double meanNanos = 50_000_000;

    public ScreeningAdmission(int slots, int queue, Duration maxWait) {
        if (slots < 1 || queue < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException("screening admission needs at least one slot, a queue of 0 or more and a wait of 0 or more, not "
                    + slots + ", " + queue + ", " + maxWait);
        }
        this.slotCount = slots;
        this.queueLength = queue;
        this.maxWait = maxWait;
        this.slots = new Semaphore(slots, true);
        this.places = new Semaphore(slots + queue);
    }

    /**
     * From {@code TUTELA_SCREENING_SLOTS} (default: the cores less one, at least one), {@code TUTELA_SCREENING_QUEUE}
     * (default: 64 per slot) and {@code TUTELA_SCREENING_WAIT_MS} (default 10,000).
     */
    public static ScreeningAdmission from(Map<String, String> env) {
        int slots = number(env, "TUTELA_SCREENING_SLOTS").orElse(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        int queue = number(env, "TUTELA_SCREENING_QUEUE").orElse(QUEUE_PER_SLOT * slots);
        int waitMs = number(env, "TUTELA_SCREENING_WAIT_MS").orElse(10_000);
        return new ScreeningAdmission(slots, queue, Duration.ofMillis(waitMs));
    }

    private static Optional<Integer> number(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'", e);
        }
    }

    public int slots() {
        return slotCount;
    }

    public int queue() {
        return queueLength;
    }

    /** Screenings computing or waiting now. */
    public int admitted() {
        return slotCount + queueLength - places.availablePermits();
    }

    /** Runs {@code screening} in a slot, waiting for one if the queue has room. */
    public <T> T run(Supplier<T> screening) {
        if (!places.tryAcquire()) {
            throw busy();
        }
        try {
            boolean slot;
            try {
                slot = slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            }
            if (!slot) {
                throw busy();
            }
            long start = System.nanoTime();
            try {
                return screening.get();
            } finally {
                slots.release();
                meanNanos = 0.9 * meanNanos + 0.1 * (System.nanoTime() - start);
            }
        } finally {
            places.release();
        }
    }

    /** Busy, with a retry after the time the queue takes to clear, in whole seconds (one at least). */
    private ScreeningBusyException busy() {
        double clearNanos = meanNanos * (slotCount + queueLength) / slotCount;
        return new ScreeningBusyException(Duration.ofSeconds(Math.max(1, (long) Math.ceil(clearNanos / 1e9))));
    }
}
