package org.tutela.core.registry;

/**
 * A write refused because a record points to another that is neither in the registry nor in the same
 * batch. Names both, so that an import can say which line cites what.
 */
public final class MissingReferenceException extends RuntimeException {
    private final RecordId record;
    private final RecordId missing;

    public MissingReferenceException(RecordId record, RecordId missing) {
        super(record + " refers to " + missing + ", which is not in the registry");
        this.record = record;
        this.missing = missing;
    }

    /** The record that holds the reference. */
    public RecordId record() {
        return record;
    }

    /** The id it refers to, which does not exist. */
    public RecordId missing() {
        return missing;
    }
}
