package org.tutela.core.federation;

import java.util.Locale;
import org.tutela.core.registry.Problem;

/**
 * A bulletin, a partner or a rule that cannot be what it claims: names the field at fault and why. Why is a
 * {@link Problem}, a key of the problems bundle ({@code federation.*}) and its arguments, so that a person reads it
 * in their language ({@link #problem(Locale)}) and a partner's machine gets the key and arguments beside the
 * stable English of {@link #getMessage()}.
 */
public class FederationInputException extends RuntimeException {
    private final String field;
    private final Problem problem;

    /** The problem worded by {@code key} of the problems bundle with {@code args}. */
    public FederationInputException(String field, String key, Object... args) {
        this(field, Problem.of(key, args));
    }

    public FederationInputException(String field, Problem problem) {
        super(field + ": " + problem.english());
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    /** What is wrong, as a reference: the key and its arguments. */
    public Problem problem() {
        return problem;
    }

    /** What is wrong with the field in {@code locale}'s words (English where the language has no bundle). */
    public String problem(Locale locale) {
        return problem.text(locale);
    }
}
