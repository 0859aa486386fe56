package org.tutela.core.requests;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the workflow rules' rejections and alerts, from the bundle {@code workflow-rules}, per language. */
public final class WorkflowMessages {
    private static final String BUNDLE = "org.tutela.core.requests.workflow-rules";

    private WorkflowMessages() {
    }

    public static String text(String key, java.util.List<String> args, Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
        return new MessageFormat(pattern, locale).format(args.toArray());
    }

    public static String text(String key, java.util.List<String> args) {
        return text(key, args, Locale.ENGLISH);
    }
}
