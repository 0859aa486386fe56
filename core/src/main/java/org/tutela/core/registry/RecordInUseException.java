package org.tutela.core.registry;

import java.util.List;

/**
 * A retraction refused because current records still point to the record: retracting it would leave
 * them citing nothing. Those records must be changed or retracted first.
 */
public final class RecordInUseException extends RuntimeException {
    private final RecordId record;
    private final List<RecordId> referencedBy;

    public RecordInUseException(RecordId record, List<RecordId> referencedBy) {
        super(record + " cannot be retracted: " + referencedBy.size() + " record(s) refer to it, e.g. "
                + referencedBy.subList(0, Math.min(5, referencedBy.size())));
        this.record = record;
        this.referencedBy = List.copyOf(referencedBy);
    }

    public RecordId record() {
        return record;
    }

    public List<RecordId> referencedBy() {
        return referencedBy;
    }
}
