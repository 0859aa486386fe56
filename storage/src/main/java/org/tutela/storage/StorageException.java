package org.tutela.storage;

/** The database failed or could not be reached; says what was being done. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
