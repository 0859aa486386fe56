package org.tutela.app.web.languages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the interface. English is the base of every bundle; French, Dutch and Russian
 * translate all of them; Kazakh translates only the public lookup, so elsewhere a Kazakh reader gets
 * Russian, the language Kazakh exiles read at work. Adding a language: its tag here, then a
 * {@code <bundle>_<tag>.properties} beside every bundle (docs/web.md).
 */
public final class Languages {
    /** Every page is translated into these, in the order the language switch lists them. */
    public static final List<Locale> INTERFACE = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"),
            Locale.forLanguageTag("ru"));
    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    /** The pages with a Kazakh translation (the public lookup). */
    private static final List<String> KAZAKH_PAGES = List.of("/lookup");

    private Languages() {
    }

    /** The supported language of {@code tag} ("fr", "fr-BE"), ignoring region; empty if none. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        if (language.equals(KAZAKH.getLanguage())) {
            return Optional.of(KAZAKH);
        }
        return INTERFACE.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The language a page is shown in when {@code wanted} was asked for: Kazakh only where a page has it. */
    public static Locale forPage(Locale wanted, HttpServletRequest request) {
        if (!wanted.getLanguage().equals(KAZAKH.getLanguage())) {
            return wanted;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return KAZAKH_PAGES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/")) ? KAZAKH
                : Locale.forLanguageTag("ru");
    }

    /** The first of the browser's languages (Accept-Language, by preference) that Tutela speaks; English if none. */
    public static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        for (Locale asked : Collections.list(request.getLocales())) {
            Optional<Locale> found = supported(asked.toLanguageTag());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Locale.ENGLISH;
    }
}
