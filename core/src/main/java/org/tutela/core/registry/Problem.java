package org.tutela.core.registry;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What is wrong with an input (a file, a JSON value, a field), as a reference: a key of the problems bundle
 * ({@code problems.properties} next to this class, one file per language) and its arguments (a line and a
 * column, a field's path, the value given), so that the same fault reads in each reader's language. Arguments
 * are data, written as they are; a line or a column is a number.
 */
public record Problem(String key, List<Object> args) {
    public Problem {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }

    /** The problem in {@code locale} (English where the language has no bundle). */
    public String text(Locale locale) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(InvalidRecordException.BUNDLE, locale == null ? Locale.ENGLISH : locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the problems bundle " + InvalidRecordException.BUNDLE + " is missing from the class path", e);
        }
        Object[] values = args.stream().map(a -> a instanceof Problem p ? p.text(locale) : a).toArray();
        return new MessageFormat(bundle.getString(key), locale == null ? Locale.ENGLISH : locale).format(values);
    }

    public String english() {
        return text(Locale.ENGLISH);
    }
}
