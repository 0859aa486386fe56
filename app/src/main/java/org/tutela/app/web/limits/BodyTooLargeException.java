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
        return String.format(java.util.Locale.ROOT, "the request body is too large: at most %,d bytes (%s) are accepted, this one has %s",
                limit, human(limit), String.format(java.util.Locale.ROOT, size < 0 ? "more" : "%,d bytes", size));
    }

    private static String human(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
