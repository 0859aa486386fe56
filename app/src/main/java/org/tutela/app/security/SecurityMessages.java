package org.tutela.app.security;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences of accounts, tokens and limits, from the bundle the pages use too
 * ({@code messages/security.properties}), for code that runs without Spring (the command line, filters).
 */
public final class SecurityMessages {
    private static final String BUNDLE = "messages.security";

    private SecurityMessages() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
