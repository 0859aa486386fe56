package org.tutela.core.registry;

/** An operation on a record that the registry does not hold (never saved, or retracted). */
public final class RecordNotFoundException extends RuntimeException {
    private final RecordId record;

    public RecordNotFoundException(RecordId record) {
        super(record + " is not in the registry");
        this.record = record;
    }

    public RecordId record() {
        return record;
    }
}
