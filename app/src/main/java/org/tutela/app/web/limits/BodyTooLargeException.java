package org.tutela.app.web.limits;

import java.io.IOException;

/** A request body that passed its limit while it was read (one sent without Content-Length). */
public final class BodyTooLargeException extends IOException {
    private final long limit;

    public BodyTooLargeException(long limit, long read) {
        super(sentence(limit, read));
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** Whether this failure, or one of its causes, is a body over the limit. */
    public static java.util.Optional<BodyTooLargeException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException b) {
                return java.util.Optional.of(b);
            }
        }
        return java.util.Optional.empty();
    }

    static String sentence(long limit, long size) {
        return size < 0 ? org.tutela.app.security.SecurityMessages.get("body.tooLargeRead", limit, human(limit))
                : org.tutela.app.security.SecurityMessages.get("body.tooLarge", limit, human(limit), size);
    }

    private static String human(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
