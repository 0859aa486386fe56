package org.tutela.app.screening;

import java.time.Duration;

/** Every screening slot is taken and the queue is full: try again after {@link #retryAfter()}. */
public final class ScreeningBusyException extends RuntimeException {
    private final Duration retryAfter;

    public ScreeningBusyException(Duration retryAfter) {
        super("every screening slot is taken and the queue is full; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
