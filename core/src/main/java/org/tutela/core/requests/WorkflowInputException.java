package org.tutela.core.requests;

/** A workflow step that cannot even be read: a missing field, an unknown value. Names the field at fault. */
public final class WorkflowInputException extends IllegalArgumentException {
    private final String field;

    public WorkflowInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
