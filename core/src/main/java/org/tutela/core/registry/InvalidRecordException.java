package org.tutela.core.registry;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A record that breaks a rule of the domain. Names the field at fault so that an import or a form can
 * point at the exact place. The problem is a reference where it can be: a key of the problems bundle
 * ({@code problems.properties} next to this class, one file per language) and its arguments, so that a
 * form or an API answer says it in the reader's language ({@link #problem(Locale)}); {@link #getMessage()}
 * keeps the English words, for logs and for readers that have no language.
 */
public final class InvalidRecordException extends IllegalArgumentException {
    static final String BUNDLE = "org.tutela.core.registry.problems";
    private final String field;
    private final Optional<String> key;
    private final List<Object> args;

    /** A problem in English words only. */
    public InvalidRecordException(String field, String message) {
        this(field, message, Optional.empty(), List.of());
    }

    private InvalidRecordException(String field, String message, Optional<String> key, List<Object> args) {
        super(field + ": " + message);
        this.field = field;
        this.key = key;
        this.args = args;
    }

    /** A problem worded by {@code key} of the problems bundle with {@code args}. */
    public static InvalidRecordException of(String field, String key, Object... args) {
        List<Object> values = List.of(args);
        return new InvalidRecordException(field, render(key, values, Locale.ENGLISH), Optional.of(key), values);
    }

    public String field() {
        return field;
    }

    /** The problem in English. */
    public String problem() {
        return getMessage().substring(field.length() + 2);
    }

    /** The problem in {@code locale}; its English words where it has no key. */
    public String problem(Locale locale) {
        return key.map(k -> render(k, args, locale)).orElseGet(this::problem);
    }

    /** The key of the problem in the problems bundle, if it has one. */
    public Optional<String> key() {
        return key;
    }

    private static String render(String key, List<Object> args, Locale locale) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the problems bundle " + BUNDLE + " is missing from the class path", e);
        }
        return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
    }
}
