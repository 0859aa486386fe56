package org.tutela.json;

/**
 * A JSON record that cannot be read: names the field (as a path such as {@code names[0].full}) and
 * what is wrong with it.
 */
public final class RecordFormatException extends IllegalArgumentException {
    private final String field;

    public RecordFormatException(String field, String problem, Throwable cause) {
        super((field.isEmpty() ? "" : field + ": ") + problem, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
