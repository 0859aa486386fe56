package org.tutela.exchange.demo;

/**
 * A line of demo data that cannot be used: names the file, the line and the field at fault, so that
 * whoever edits the file by hand can go straight to it.
 */
public final class DemoCaseException extends IllegalStateException {
    private final String file;
    private final int line;
    private final String field;

    DemoCaseException(String file, int line, String field, String problem, Throwable cause) {
        super(file + " line " + line + (field.isEmpty() ? "" : ", field " + field) + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    /** The 1-based line number in the file. */
    public int line() {
        return line;
    }

    /** The field path within the record ({@code names[0].full}), or empty when the whole line is at fault. */
    public String field() {
        return field;
    }
}
