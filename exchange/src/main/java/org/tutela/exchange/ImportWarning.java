package org.tutela.exchange;

/**
 * Something an import did that the reader of the file may not expect, though it is not an error: a
 * partial date widened to a full one, extra values of a single-valued property left out.
 */
public record ImportWarning(String file, int line, String field, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
