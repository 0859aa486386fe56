package org.tutela.core.screening;

import java.util.Locale;
import java.util.Optional;

/**
 * A request or a screening date the screening cannot work with; names the field at fault. The problem is
 * a message of the facts bundle ({@code input.*}), said in the reader's language by {@link #problem(Locale)};
 * {@link #getMessage()} keeps it in English.
 */
public final class ScreeningInputException extends IllegalArgumentException {
    private final String field;
    private final Optional<Message> problem;

    public ScreeningInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.problem = Optional.empty();
    }

    public ScreeningInputException(String field, Message problem) {
        super(field + ": " + FactWording.render(problem, Locale.ENGLISH, problem.key()));
        this.field = field;
        this.problem = Optional.of(problem);
    }

    public String field() {
        return field;
    }

    /** The problem in {@code locale}; its English words where it has no message. */
    public String problem(Locale locale) {
        return problem.map(m -> FactWording.render(m, locale, m.key())).orElseGet(() -> getMessage().substring(field.length() + 2));
    }
}
