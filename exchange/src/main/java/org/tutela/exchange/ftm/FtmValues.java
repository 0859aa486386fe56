package org.tutela.exchange.ftm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Country;
import org.tutela.json.RecordFormatException;

/**
 * How single FtM property values become Tutela values and back. FtM writes every value as a string:
 * states as lower-case ISO codes ({@code "by"}), dates as ISO dates that may name only a year or a
 * month, genders in lower case.
 */
enum FtmValues {
    TEXT, ID, LOWER, COUNTRY, DATE;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DAY_AND_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    /** FtM's codes for former states and territories ({@code suhh}, {@code ge-ab}) and for "global" ({@code zz}). */
    private static final Pattern NON_STATE = Pattern.compile("(?i)[a-z]{2}-[a-z0-9]+|[a-z]{4}|zz|eu");

    String export(String value) {
        if (this == DATE) {
            return ftmDate(ApproximateDate.of(value));
        }
        return this == COUNTRY || this == LOWER ? value.toLowerCase(Locale.ROOT) : value;
    }

    /**
     * A date as recorded in FtM's form, an ISO date that may stop at the month or the year. FtM has no
     * "about" and no spans: those are written as the one year all their days fall in, else as the year they
     * name first (the first year of a span), the coarsest honest prefix FtM can carry.
     */
    static String ftmDate(ApproximateDate date) {
        if (date instanceof ApproximateDate.Point p && !p.about()) {
            return p.text();
        }
        return String.format(Locale.ROOT, "%04d", date.year().orElse(date.namedYear()));
    }

    /** The Tutela form of an FtM value, or empty when it is to be left out (with a warning). */
    Optional<String> read(String value, String property, FtmMapping.Warnings warnings) {
        String v = value.strip();
        switch (this) {
            case COUNTRY:
                if (Country.isKnown(v)) {
                    return Optional.of(v.toUpperCase(Locale.ROOT));
                }
                if (NON_STATE.matcher(v).matches()) {
                    warnings.warn(property, "'" + v + "' is not a present-day state (ISO 3166-1 alpha-2); left out");
                    return Optional.empty();
                }
                throw new RecordFormatException(property, "'" + v + "' is not an ISO 3166-1 alpha-2 state code", null);
            case DATE:
                return Optional.of(date(v, property, warnings));
            default:
                return Optional.of(v);
        }
    }

    /**
     * FtM dates may be partial: a year alone ({@code 1965}) or a year and month ({@code 1965-03}) stays a
     * year or a month (Tutela records dates as precise as their sources, see {@link ApproximateDate}); a time
     * of day after a full date is dropped. Anything else is not a date and is refused. Returns the text form.
     */
    static String date(String v, String property, FtmMapping.Warnings warnings) {
        try {
            if (DAY.matcher(v).matches()) {
                return LocalDate.parse(v).toString();
            }
            if (DAY_AND_TIME.matcher(v).matches()) {
                return LocalDate.parse(v.substring(0, 10)).toString();
            }
            if (MONTH.matcher(v).matches()) {
                return YearMonth.parse(v).toString();
            }
            if (YEAR.matcher(v).matches()) {
                return ApproximateDate.year(Integer.parseInt(v)).text();
            }
        } catch (DateTimeException e) {
            throw new RecordFormatException(property, "'" + v + "' is not a date: " + e.getMessage(), e);
        }
        throw new RecordFormatException(property, "'" + v + "' is not a date; FollowTheMoney dates are YYYY, YYYY-MM or YYYY-MM-DD", null);
    }
}
