package org.tutela.app.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tutela.core.screening.RedFlag;

/**
 * A red flag's title, explanation and legal grounds in the dossier's language, from the rule pack's
 * translation ({@code red-flags_<lang>.properties} beside the rule pack in core); the rule pack's own
 * words for whatever the translation lacks, since the rule pack is the text that is authoritative.
 */
final class FlagWording {
    private static final String PACK = "org.tutela.core.screening.red-flags";
    private final ResourceBundle translation;

    private FlagWording(ResourceBundle translation) {
        this.translation = translation;
    }

    static FlagWording in(Locale locale) {
        try {
            ResourceBundle found = ResourceBundle.getBundle(PACK, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            // the base file is the rule pack itself, not a translation
            return new FlagWording(found.getLocale().getLanguage().equals(locale.getLanguage()) && !locale.getLanguage().isEmpty()
                    ? found : null);
        } catch (MissingResourceException e) {
            return new FlagWording(null);
        }
    }

    String title(RedFlag flag) {
        return text("flag." + flag.id() + ".title", flag.title());
    }

    String explanation(RedFlag flag) {
        return text("flag." + flag.id() + ".explanation", flag.explanation());
    }

    List<String> grounds(RedFlag flag) {
        List<String> grounds = new ArrayList<>();
        for (int i = 0; i < flag.legalGrounds().size(); i++) {
            grounds.add(text("flag." + flag.id() + ".grounds." + (i + 1), flag.legalGrounds().get(i)));
        }
        return grounds;
    }

    private String text(String key, String fallback) {
        return translation != null && translation.containsKey(key) ? translation.getString(key).strip() : fallback;
    }
}
