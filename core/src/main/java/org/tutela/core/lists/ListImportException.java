package org.tutela.core.lists;

/**
 * A list file that cannot be imported. Names the file, the line (a CSV row counts its header as
 * line 1) and the field, so that the curator can fix the exact place; nothing of the file is
 * imported.
 */
public final class ListImportException extends Exception {
    private final String file;
    private final long line;
    private final String field;

    public ListImportException(String file, long line, String field, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + (field.isEmpty() ? "" : ", field " + field) + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }
}
