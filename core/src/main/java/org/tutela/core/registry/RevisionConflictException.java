package org.tutela.core.registry;

/**
 * A write refused because the record changed since the writer read it: someone else saved a revision
 * in between. The writer must read the record again and redo the change.
 */
public final class RevisionConflictException extends RuntimeException {
    private final RecordId record;
    private final int expected;
    private final int actual;

    public RevisionConflictException(RecordId record, int expected, int actual) {
        super(record + " is at revision " + actual + ", not " + expected + " as expected; it was changed meanwhile");
        this.record = record;
        this.expected = expected;
        this.actual = actual;
    }

    public RecordId record() {
        return record;
    }

    public int expected() {
        return expected;
    }

    public int actual() {
        return actual;
    }
}
