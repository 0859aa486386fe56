package org.tutela.app.screening;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.FactWording;

/**
 * The words of a screening report in one language: each fact rendered from its message key and
 * arguments, each flag's title, explanation and safeguard from the rule pack's translation (the rule
 * pack's own words where there is none).
 */
final class ReportWords {
    private static final org.tutela.core.screening.RulePack STANDARD = org.tutela.core.screening.RulePack.standard();
    private final Locale locale;
    private final ResourceBundle pack;

    ReportWords(Locale locale) {
        this.locale = locale;
        ResourceBundle found;
        try {
            found = ResourceBundle.getBundle("org.tutela.core.screening.red-flags", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            found = null;
        }
        this.pack = found;
    }

    String statement(Fact fact) {
        return FactWording.render(fact, locale);
    }

    /**
     * Why a flag did not fire, or what is missing to decide it, in this language; the plain text a report
     * stored before reasons were messages carries, where it has no message. Empty for a fired flag.
     */
    String reason(org.tutela.core.screening.Outcome outcome) {
        if (outcome instanceof org.tutela.core.screening.Outcome.NotFired n) {
            return FactWording.render(n.wording(), locale, n.reason());
        }
        if (outcome instanceof org.tutela.core.screening.Outcome.NotEvaluable n) {
            return FactWording.render(n.wording(), locale, n.missing());
        }
        return "";
    }

    /** The translated {@code flag.<id>.<part>}; {@code fallback} (the pack in use) when none. */
    String flagText(String flagId, String part, String fallback) {
        return packText("flag." + flagId + "." + part, fallback);
    }

    /** A text of the rule pack in this language; {@code fallback} (the pack in use) when it has no translation. */
    String packText(String key, String fallback) {
        if (pack == null || !pack.getLocale().getLanguage().equals(locale.getLanguage())) {
            return fallback;
        }
        return pack.containsKey(key) ? pack.getString(key).strip() : fallback;
    }

    /**
     * Each question of the standard rule pack, by its English words, in this language: reports keep the
     * words the question was asked in, so the translation is found through the pack's own text. A question
     * of another pack, or without a translation, keeps its words.
     */
    java.util.Map<String, String> questions() {
        java.util.Map<String, String> words = new java.util.HashMap<>();
        STANDARD.questions().forEach((idKey, question) -> {
            String[] parts = idKey.split("/", 2);
            String translated = packText("flag." + parts[0] + ".ask." + parts[1], null);
            if (translated != null) {
                int bar = translated.indexOf('|');
                words.put(question.text(), (bar < 0 ? translated : translated.substring(bar + 1)).strip());
            }
        });
        return words;
    }

    /** A question in this language: by its key in the rule pack where it has one, else by its English words. */
    String question(org.tutela.core.screening.Question q, java.util.Map<String, String> byWords) {
        if (!q.key().isEmpty()) {
            String translated = packText(q.key(), null);
            if (translated != null) {
                int bar = translated.indexOf('|');
                return (bar < 0 ? translated : translated.substring(bar + 1)).strip();
            }
        }
        return byWords.getOrDefault(q.text(), q.text());
    }

    /** The assessment's reasoning in this language; its English lines for an assessment stored before it had messages. */
    java.util.List<String> reasoning(org.tutela.core.screening.Assessment assessment) {
        if (assessment.wording().size() != assessment.reasoning().size()) {
            return assessment.reasoning();
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < assessment.wording().size(); i++) {
            String english = assessment.reasoning().get(i);
            out.add(locale.getLanguage().equals("en") ? english
                    : org.tutela.core.screening.FactWording.render(assessment.wording().get(i), locale, english));
        }
        return out;
    }
}
