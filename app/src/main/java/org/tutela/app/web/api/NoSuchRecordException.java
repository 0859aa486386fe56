package org.tutela.app.web.api;

import org.tutela.core.registry.RecordId;

/** The address names a record the registry does not hold. */
public final class NoSuchRecordException extends RuntimeException {
    private final RecordId id;

    public NoSuchRecordException(RecordId id) {
        super("no record with id '" + id + "'");
        this.id = id;
    }

    public RecordId id() {
        return id;
    }
}
