package org.tutela.exchange;

/**
 * An import that cannot go ahead, naming the file, the line (1-based; 0 when the fault is not on one
 * line) and the field (a record field path such as {@code names[0].full}, or an FtM property such as
 * {@code birthDate} or {@code tutela:measures}; empty when the whole line is at fault). Nothing has
 * been written when it is thrown.
 */
public final class ImportException extends RuntimeException {
    private final String file;
    private final int line;
    private final String field;
    private final String problem;

    public ImportException(String file, int line, String field, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + problem, cause);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public ImportException(String file, int line, String field, String problem) {
        this(file, line, field, problem, null);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
