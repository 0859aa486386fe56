package org.tutela.app.web.pages;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/** The message bundles in the reader's language, for view models built in Java (forms, pickers). */
record Words(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * A code of the registry as a choice in this language (a select's option, a checkbox): the words the
     * screening's facts bundle gives it, the same as the report uses; {@code english} in English, or where
     * the bundle has no words for it.
     */
    String label(String code, String english) {
        if (locale.getLanguage().equals("en")) {
            return english;
        }
        return org.tutela.core.screening.FactWording.code(code, locale).orElse(english);
    }

    String label(Enum<?> code) {
        return label(code.name(), Labels.phrase(code));
    }

    Optional<String> maybe(String key, Object... args) {
        try {
            return Optional.of(messages.getMessage(key, args, locale));
        } catch (NoSuchMessageException e) {
            return Optional.empty();
        }
    }

    /** The first of the keys that has a message. */
    Optional<String> first(String... keys) {
        for (String key : keys) {
            Optional<String> found = maybe(key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
