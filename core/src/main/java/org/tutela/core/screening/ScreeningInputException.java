package org.tutela.core.screening;

/** A request or a screening date the screening cannot work with; names the field at fault. */
public final class ScreeningInputException extends IllegalArgumentException {
    private final String field;

    public ScreeningInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
