package org.tutela.core.names;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as lists give it: often only a year, sometimes a year and month.
 */
public record BirthDate(int year, Optional<Integer> month, Optional<Integer> day) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");

    public BirthDate {
        month = month == null ? Optional.empty() : month;
        day = day == null ? Optional.empty() : day;
        if (year < 1800 || year > 2200) {
            throw new NameInputException("birth year " + year + " is not plausible");
        }
        if (month.isPresent() && (month.get() < 1 || month.get() > 12)) {
            throw new NameInputException("birth month " + month.get() + " is not a month");
        }
        if (day.isPresent()) {
            if (month.isEmpty()) {
                throw new NameInputException("a birth day needs a month");
            }
            try {
                LocalDate.of(year, month.get(), day.get());
            } catch (DateTimeException e) {
                throw new NameInputException("birth date " + year + "-" + month.get() + "-" + day.get() + " does not exist");
            }
        }
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), Optional.of(date.getMonthValue()), Optional.of(date.getDayOfMonth()));
    }

    /**
     * A birth date as recorded, as precise as it is: a day, a month or a year; "about" a year, or a span,
     * only as the year when all its days fall in one year; otherwise nothing a matcher could compare.
     */
    public static Optional<BirthDate> from(org.tutela.core.registry.ApproximateDate date) {
        if (date instanceof org.tutela.core.registry.ApproximateDate.Point p && !p.about()) {
            LocalDate d = p.start();
            return Optional.of(switch (p.precision()) {
                case DAY -> of(d);
                case MONTH -> new BirthDate(d.getYear(), Optional.of(d.getMonthValue()), Optional.empty());
                case YEAR -> ofYear(d.getYear());
            });
        }
        return date.year().map(BirthDate::ofYear);
    }

    public static BirthDate ofYear(int year) {
        return new BirthDate(year, Optional.empty(), Optional.empty());
    }

    /** Reads 1974, 1974-10, 1974-10-22 or 22.10.1974; anything else is an error naming the text. */
    public static BirthDate parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            return new BirthDate(Integer.parseInt(m.group(1)), Optional.ofNullable(m.group(2)).map(Integer::valueOf),
                    Optional.ofNullable(m.group(3)).map(Integer::valueOf));
        }
        m = DOTTED.matcher(t);
        if (m.matches()) {
            return new BirthDate(Integer.parseInt(m.group(3)), Optional.of(Integer.valueOf(m.group(2))), Optional.of(Integer.valueOf(m.group(1))));
        }
        throw new NameInputException("'" + t + "' is not a birth date (expected YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY)");
    }

    public boolean isFull() {
        return day.isPresent();
    }

    /** 1974, 1974-10 or 1974-10-22: ASCII digits whatever the default locale (String.format would localise them). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(10).append(year);
        month.ifPresent(m -> twoDigits(b, m));
        day.ifPresent(d -> twoDigits(b, d));
        return b.toString();
    }

    private static void twoDigits(StringBuilder b, int n) {
        b.append('-');
        if (n < 10) {
            b.append('0');
        }
        b.append(n);
    }
}
