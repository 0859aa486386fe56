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
