package org.tutela.core.lists;

/** A list or entry that breaks a rule; the message names the field. */
public class ListFormatException extends IllegalArgumentException {
    public ListFormatException(String message) {
        super(message);
    }
}
