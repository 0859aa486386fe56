package org.tutela.core.registry;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Writes a date as recorded in a language, as precise as it is and no more: "2013", "May 2013", "about 2013",
 * "2013–2015", "by 2017"; never the first or last day of a year as if it were known. The words and patterns
 * come from {@code dates.properties} next to this class (and {@code _fr}, {@code _nl}, {@code _ru}).
 */
public final class DateWording {
    static final String BUNDLE = "org.tutela.core.registry.dates";

    private DateWording() {
    }

    public static String format(ApproximateDate date, Locale requested) {
        // the root locale (a base bundle's) has no month names of its own: English is the base language
        Locale locale = requested == null || requested.getLanguage().isEmpty() ? Locale.ENGLISH : requested;
        ResourceBundle bundle = bundle(locale);
        if (date instanceof ApproximateDate.Point p) {
            String plain = point(bundle, locale, p, !p.about());
            return p.about() ? phrase(bundle, locale, "date.about", plain) : plain;
        }
        ApproximateDate.Span s = (ApproximateDate.Span) date;
        if (s.from().isEmpty()) {
            return phrase(bundle, locale, "date.by", inPhrase(bundle, locale, s.to().orElseThrow()));
        }
        if (s.to().isEmpty()) {
            return phrase(bundle, locale, "date.orLater", inPhrase(bundle, locale, s.from().orElseThrow()));
        }
        return phrase(bundle, locale, "date.span", standing(bundle, locale, s.from().get()), standing(bundle, locale, s.to().get()));
    }

    /**
     * "Since" the date, with the preposition its precision calls for: "depuis le 3 mai 2013" for a day, "depuis mai
     * 2013" and "depuis 2013" for a month or a year (French puts no article before them), "примерно с 2013 г." for an
     * approximate date. A span (known only to lie between two dates) is written whole after the preposition.
     */
    public static String since(ApproximateDate date, Locale requested) {
        return bounded("date.since", date, requested);
    }

    /** "Until" the date, likewise: "jusqu’au 3 mai 2013", "jusqu’en 2015", "до 2015 г.". */
    public static String until(ApproximateDate date, Locale requested) {
        return bounded("date.until", date, requested);
    }

    private static String bounded(String prefix, ApproximateDate date, Locale requested) {
        Locale locale = requested == null || requested.getLanguage().isEmpty() ? Locale.ENGLISH : requested;
        ResourceBundle bundle = bundle(locale);
        if (date instanceof ApproximateDate.Point p) {
            String key = p.about() ? "about" : switch (p.precision()) {
                case DAY -> "day";
                case MONTH -> "month";
                case YEAR -> "year";
            };
            return phrase(bundle, locale, prefix + "." + key, point(bundle, locale, p, false));
        }
        return phrase(bundle, locale, prefix + ".span", format(date, locale));
    }

    /** The date in English, for logs, labels and the English statements stored with facts. */
    public static String english(ApproximateDate date) {
        return format(date, Locale.ENGLISH);
    }

    private static String standing(ResourceBundle bundle, Locale locale, ApproximateDate.Point p) {
        String plain = point(bundle, locale, p, true);
        return p.about() ? phrase(bundle, locale, "date.about", point(bundle, locale, p, false)) : plain;
    }

    private static String inPhrase(ResourceBundle bundle, Locale locale, ApproximateDate.Point p) {
        String plain = point(bundle, locale, p, false);
        return p.about() ? phrase(bundle, locale, "date.about", plain) : plain;
    }

    private static String point(ResourceBundle bundle, Locale locale, ApproximateDate.Point p, boolean standingAlone) {
        String key = switch (p.precision()) {
            case DAY -> "date.day";
            case MONTH -> standingAlone ? "date.month" : "date.month.inPhrase";
            case YEAR -> "date.year";
        };
        return DateTimeFormatter.ofPattern(bundle.getString(key), locale).format(p.start());
    }

    private static String phrase(ResourceBundle bundle, Locale locale, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the dates bundle " + BUNDLE + " is missing from the class path", e);
        }
    }
}
