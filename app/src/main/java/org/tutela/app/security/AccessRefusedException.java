package org.tutela.app.security;

/** The caller's role does not allow this; the server answers 403. */
public final class AccessRefusedException extends RuntimeException {
    public AccessRefusedException(String message) {
        super(message);
    }
}
