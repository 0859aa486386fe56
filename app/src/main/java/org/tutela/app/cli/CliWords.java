package org.tutela.app.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words of a command's output in one of the interface's languages: the {@code cli.*} keys of a feature's
 * message bundle (the same files the web pages read), chosen by {@code --lang}. Arguments are written as they are
 * (ids, counts, dates): never grouped or localised, so that scripts reading the output find them unchanged.
 */
final class CliWords {
    static final Set<String> LANGUAGES = Set.of("en", "fr", "nl", "ru");
    private final ResourceBundle bundle;
    private final Locale locale;

    private CliWords(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The federation commands' words in {@code lang}; a language the interface does not speak is refused, naming the option. */
    static CliWords of(String lang) {
        return of("federation", lang);
    }

    /** The words of {@code feature}'s bundle ({@code messages/<feature>.properties}) in {@code lang}. */
    static CliWords of(String feature, String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("--lang '" + lang + "' is not one of en, fr, nl, ru");
        }
        Locale locale = Locale.forLanguageTag(lang);
        // no fallback to the machine's locale: English is the base bundle
        return new CliWords(ResourceBundle.getBundle("messages/" + feature, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    String say(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(texts);
    }
}
