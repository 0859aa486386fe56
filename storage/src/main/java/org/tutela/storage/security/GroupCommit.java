package org.tutela.storage.security;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes items that callers submit one by one in shared transactions, each caller still waiting until its
 * own item is committed (group commit). With the embedded database every commit writes a chunk to the
 * file before it returns (durability), and every audited call ends in such a commit behind the audit
 * chain's one head row: under load the callers queued on that row one commit at a time. Here the caller
 * that finds no writer at work becomes the writer, and writes everything queued so far in one
 * transaction, again and again until its own item is written; then it steps down and a waiting caller
 * takes over. No thread of its own, so nothing to start or stop.
 *
 * <p>A group that fails is written again item by item, so that one caller's bad item never fails another's.
 */
final class GroupCommit<T, R> {
    private final Function<List<T>, List<R>> writeAll;
    private final ArrayDeque<Pending<T, R>> queue = new ArrayDeque<>();
    private boolean writing;

    GroupCommit(Function<List<T>, List<R>> writeAll) {
        this.writeAll = writeAll;
    }

    private static final class Pending<T, R> {
        final T item;
        R result;
        RuntimeException failure;
        boolean done;

        Pending(T item) {
            this.item = item;
        }
    }

    /** Writes {@code item} (with whatever else is waiting) and returns what was written for it. */
    R submit(T item) {
        Pending<T, R> own = new Pending<>(item);
        boolean interrupted = false;
        boolean lead;
        synchronized (queue) {
            queue.add(own);
            while (writing && !own.done) {
                try {
                    queue.wait();
                } catch (InterruptedException e) {
                    // the item may already be in a group being written: wait for its outcome all the same
                    interrupted = true;
                }
            }
            lead = !own.done;
            writing |= lead;
        }
        try {
            if (lead) {
                lead(own);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (queue) {
            if (own.failure != null) {
                throw own.failure;
            }
            return own.result;
        }
    }

    /** Writes groups until {@code own} is written, then lets the next waiting caller lead. */
    private void lead(Pending<T, R> own) {
        try {
            while (!own.done) {
                List<Pending<T, R>> group;
                synchronized (queue) {
                    group = new ArrayList<>(queue);
                    queue.clear();
                }
                write(group);
                synchronized (queue) {
                    queue.notifyAll();
                }
            }
        } finally {
            synchronized (queue) {
                writing = false;
                queue.notifyAll();
            }
        }
    }

    /** How many items wait for a writer (for tests). */
    int waiting() {
        synchronized (queue) {
            return queue.size();
        }
    }

    private void write(List<Pending<T, R>> group) {
        try {
            List<R> results = writeAll.apply(group.stream().map(p -> p.item).toList());
            for (int i = 0; i < group.size(); i++) {
                settle(group.get(i), results.get(i), null);
            }
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                settle(group.get(0), null, e);
                return;
            }
            for (Pending<T, R> p : group) {
                try {
                    settle(p, writeAll.apply(List.of(p.item)).get(0), null);
                } catch (RuntimeException alone) {
                    settle(p, null, alone);
                }
            }
        }
    }

    private void settle(Pending<T, R> p, R result, RuntimeException failure) {
        synchronized (queue) {
            p.result = result;
            p.failure = failure;
            p.done = true;
        }
    }
}
