package org.tutela.core.feed;

import java.util.List;

/**
 * Something kept in step with the registry by following its change feed: the name index, standing
 * screening, pattern detectors, federation. It is handed the changes in feed order, in batches; a
 * batch that throws is handed again (after a pause) until it goes through, so handling a change twice
 * must do no harm.
 */
public interface FeedConsumer {

    /** Handles the changes of one batch, oldest first. Throwing leaves the consumer's position where it was. */
    void consume(List<FeedEntry> changes) throws Exception;

    /** Where it runs. */
    enum Scope {
        /** Every server runs its own copy over state of its own (e.g. its name index). */
        EACH_SERVER,
        /** One server of the cluster at a time runs it, holding a lease (e.g. standing screening). */
        ONE_SERVER
    }
}
