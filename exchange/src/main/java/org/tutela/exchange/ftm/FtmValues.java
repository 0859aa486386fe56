package org.tutela.exchange.ftm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
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
        return this == COUNTRY || this == LOWER ? value.toLowerCase(Locale.ROOT) : value;
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
                return Optional.of(date(v, property, warnings).toString());
            default:
                return Optional.of(v);
        }
    }

    /**
     * FtM dates may be partial. The rule: a year alone ({@code 1965}) is read as its first day
     * ({@code 1965-01-01}), a year and month ({@code 1965-03}) as the first of that month, and each such
     * widening is reported as a warning so that the reader knows the day is not real; a time of day after
     * a full date is dropped. Anything else is not a date and is refused.
     */
    static LocalDate date(String v, String property, FtmMapping.Warnings warnings) {
        try {
            if (DAY.matcher(v).matches()) {
                return LocalDate.parse(v);
            }
            if (DAY_AND_TIME.matcher(v).matches()) {
                return LocalDate.parse(v.substring(0, 10));
            }
            if (MONTH.matcher(v).matches()) {
                LocalDate first = YearMonth.parse(v).atDay(1);
                warnings.warn(property, "partial date '" + v + "' read as " + first + " (the first day of the month)");
                return first;
            }
            if (YEAR.matcher(v).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(v), 1, 1);
                warnings.warn(property, "partial date '" + v + "' read as " + first + " (the first day of the year)");
                return first;
            }
        } catch (DateTimeException e) {
            throw new RecordFormatException(property, "'" + v + "' is not a date: " + e.getMessage(), e);
        }
        throw new RecordFormatException(property, "'" + v + "' is not a date; FollowTheMoney dates are YYYY, YYYY-MM or YYYY-MM-DD", null);
    }
}
