package org.tutela.core.names;

/**
 * A name that cannot be matched: empty, too long, or carrying characters that are no part of any
 * written name. The message says what is wrong and where, for an API error or a form.
 */
public final class NameInputException extends IllegalArgumentException {
    public NameInputException(String message) {
        super(message);
    }
}
