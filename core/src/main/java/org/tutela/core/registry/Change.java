package org.tutela.core.registry;

/** Who makes a change to the registry and why; every revision keeps it. */
public record Change(String author, String reason) {
    public Change {
        author = Fields.text("author", author);
        reason = Fields.text("reason", reason);
    }

    public static Change by(String author, String reason) {
        return new Change(author, reason);
    }
}
