package org.tutela.core.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the sources give it: a day, a month, a year, "about" one of these, a span between two of them,
 * or a span open at one end ("by 2017", "2013 or later"). Its text form is the subset of ISO 8601-2 (EDTF
 * level 1) these need: {@code 2013-05-14}, {@code 2013-05}, {@code 2013}, {@code 2013~}, {@code 2013/2015},
 * {@code ../2017}, {@code 2013/..}. A full ISO date is a day-precise date, so records written before
 * approximate dates existed read unchanged.
 *
 * <p>A rule never treats it as one day: it asks whether the date is surely or only possibly before a day,
 * from its earliest and latest possible days.
 */
public sealed interface ApproximateDate permits ApproximateDate.Point, ApproximateDate.Span {

    enum Precision { DAY, MONTH, YEAR }

    /** How a date stands to a day: surely before it, surely after it, or either (the day falls within its span). */
    enum Relation { BEFORE, AFTER, POSSIBLY_EITHER }

    /** The first day it may be; {@link LocalDate#MIN} when the span has no lower bound. */
    LocalDate earliest();

    /** The last day it may be; {@link LocalDate#MAX} when the span has no upper bound. */
    LocalDate latest();

    /** The text form (EDTF level 1), as stored and as the forms accept it. */
    String text();

    /** Orders by earliest day, then latest: an approximate date sorts among exact ones by where it may start. */
    Comparator<ApproximateDate> ORDER = Comparator.comparing(ApproximateDate::earliest).thenComparing(ApproximateDate::latest);

    /**
     * A day, a month or a year, possibly "about" ({@code ~}). About widens the span by one unit of its
     * precision on each side: "about 2013" is 2012 to 2014, "about May 2013" April to June 2013.
     */
    record Point(LocalDate start, Precision precision, boolean about) implements ApproximateDate {
        public Point {
            Fields.required("date", start);
            Fields.required("date.precision", precision);
            if (precision != Precision.DAY && start.getDayOfMonth() != 1 || precision == Precision.YEAR && start.getMonthValue() != 1) {
                throw new InvalidRecordException("date", "a " + precision.name().toLowerCase(java.util.Locale.ROOT) + " starts on its first day");
            }
        }

        @Override
        public LocalDate earliest() {
            return about ? minus(start, 1) : start;
        }

        @Override
        public LocalDate latest() {
            return about ? plus(start, 2).minusDays(1) : plus(start, 1).minusDays(1);
        }

        private LocalDate plus(LocalDate d, int units) {
            return switch (precision) {
                case DAY -> d.plusDays(units);
                case MONTH -> d.plusMonths(units);
                case YEAR -> d.plusYears(units);
            };
        }

        private LocalDate minus(LocalDate d, int units) {
            return plus(d, -units);
        }

        @Override
        public String text() {
            String base = switch (precision) {
                case DAY -> start.toString();
                case MONTH -> YearMonth.from(start).toString();
                case YEAR -> String.format("%04d", start.getYear());
            };
            return about ? base + "~" : base;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** A span between two points, either of which may be open: "2013/2015", "../2017" (by 2017), "2013/.." (2013 or later). */
    record Span(Optional<Point> from, Optional<Point> to) implements ApproximateDate {
        public Span {
            from = Fields.optional(from);
            to = Fields.optional(to);
            if (from.isEmpty() && to.isEmpty()) {
                throw new InvalidRecordException("date", "a span needs at least one end");
            }
            if (from.isPresent() && to.isPresent() && to.get().latest().isBefore(from.get().earliest())) {
                throw new InvalidRecordException("date", "the span ends (" + to.get().text() + ") before it starts (" + from.get().text() + ")");
            }
        }

        @Override
        public LocalDate earliest() {
            return from.map(Point::earliest).orElse(LocalDate.MIN);
        }

        @Override
        public LocalDate latest() {
            return to.map(Point::latest).orElse(LocalDate.MAX);
        }

        @Override
        public String text() {
            return from.map(Point::text).orElse("..") + "/" + to.map(Point::text).orElse("..");
        }

        @Override
        public String toString() {
            return text();
        }
    }

    static ApproximateDate of(LocalDate day) {
        return new Point(day, Precision.DAY, false);
    }

    /** A known day. */
    static ApproximateDate on(int year, int month, int day) {
        return of(LocalDate.of(year, month, day));
    }

    static ApproximateDate year(int year) {
        return new Point(LocalDate.of(year, 1, 1), Precision.YEAR, false);
    }

    static ApproximateDate month(int year, int month) {
        return new Point(LocalDate.of(year, month, 1), Precision.MONTH, false);
    }

    static ApproximateDate of(String text) {
        return parse("date", text);
    }

    /** Reads the text form; a text it cannot read is refused naming {@code field} and the forms accepted. */
    static ApproximateDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRecordException(field, "is empty: " + Forms.ACCEPTED);
        }
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash < 0) {
            return Forms.point(field, t);
        }
        String a = t.substring(0, slash);
        String b = t.substring(slash + 1);
        Optional<Point> from = a.equals("..") || a.isEmpty() ? Optional.empty() : Optional.of(Forms.point(field, a));
        Optional<Point> to = b.equals("..") || b.isEmpty() ? Optional.empty() : Optional.of(Forms.point(field, b));
        try {
            return new Span(from, to);
        } catch (InvalidRecordException e) {
            throw new InvalidRecordException(field, "'" + t + "' is not a date: " + e.problem());
        }
    }

    /** The day, when it is known to the day and not "about". */
    default Optional<LocalDate> day() {
        return this instanceof Point p && p.precision() == Precision.DAY && !p.about() ? Optional.of(p.start()) : Optional.empty();
    }

    /** The year, when every possible day lies in one year. */
    default Optional<Integer> year() {
        return earliest().getYear() == latest().getYear() ? Optional.of(earliest().getYear()) : Optional.empty();
    }

    /**
     * The year the date names first, for tables by year: the year of a day, month or year (also "about" it),
     * the first year of a span, the last of a span open at its start.
     */
    default int namedYear() {
        if (this instanceof Point p) {
            return p.start().getYear();
        }
        Span s = (Span) this;
        return s.from().or(s::to).orElseThrow().start().getYear();
    }

    default boolean isDay() {
        return day().isPresent();
    }

    /** True when even its last possible day is before {@code date}. */
    default boolean surelyBefore(LocalDate date) {
        return latest().isBefore(date);
    }

    /** True when its first possible day is before {@code date}: it may be before it. */
    default boolean possiblyBefore(LocalDate date) {
        return earliest().isBefore(date);
    }

    /** True when even its first possible day is after {@code date}. */
    default boolean surelyAfter(LocalDate date) {
        return earliest().isAfter(date);
    }

    /** True when its last possible day is after {@code date}: it may be after it. */
    default boolean possiblyAfter(LocalDate date) {
        return latest().isAfter(date);
    }

    /** True when it had surely come by {@code date} (on or before it). */
    default boolean surelyBy(LocalDate date) {
        return !latest().isAfter(date);
    }

    /** True when it may have come by {@code date} (its first possible day is on or before it). */
    default boolean possiblyBy(LocalDate date) {
        return !earliest().isAfter(date);
    }

    default Relation relationTo(LocalDate date) {
        if (surelyBefore(date)) {
            return Relation.BEFORE;
        }
        return surelyAfter(date) ? Relation.AFTER : Relation.POSSIBLY_EITHER;
    }

    /** True when this surely ends before {@code other} may start. */
    default boolean surelyBefore(ApproximateDate other) {
        return latest().isBefore(other.earliest());
    }

    /** True when this may start before {@code other} may end. */
    default boolean possiblyBefore(ApproximateDate other) {
        return earliest().isBefore(other.latest());
    }

    /** The parsing of one point; kept apart so that the interface shows the value, not the grammar. */
    final class Forms {
        public static final String ACCEPTED = "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, '~' after it for 'about', "
                + "or a span as START/END ('../END' for 'by', 'START/..' for 'or later'), e.g. 2013-05-14, 2013-05, 2013~, 2013/2015";
        private static final Pattern POINT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(~)?");

        private Forms() {
        }

        static Point point(String field, String text) {
            Matcher m = POINT.matcher(text);
            if (!m.matches()) {
                throw new InvalidRecordException(field, "'" + text + "' is not a date: " + ACCEPTED);
            }
            int year = Integer.parseInt(m.group(1));
            boolean about = m.group(4) != null;
            try {
                if (m.group(3) != null) {
                    return new Point(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), Precision.DAY, about);
                }
                if (m.group(2) != null) {
                    return new Point(LocalDate.of(year, Integer.parseInt(m.group(2)), 1), Precision.MONTH, about);
                }
                return new Point(LocalDate.of(year, 1, 1), Precision.YEAR, about);
            } catch (DateTimeException e) {
                throw new InvalidRecordException(field, "'" + text + "' is not a date of the calendar (" + e.getMessage() + ")");
            }
        }
    }
}
