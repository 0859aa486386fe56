package org.tutela.core.registry;

/**
 * A record that breaks a rule of the domain. Names the field at fault so that an import or a form can
 * point at the exact place.
 */
public final class InvalidRecordException extends IllegalArgumentException {
    private final String field;

    public InvalidRecordException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return getMessage().substring(field.length() + 2);
    }
}
