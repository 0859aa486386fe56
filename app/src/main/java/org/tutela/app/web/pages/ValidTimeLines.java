package org.tutela.app.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Held;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.Person;

/**
 * A person's changing facts in the form, one a line: the value, then, if the sources date it, its valid time in
 * EDTF interval form: {@code BE 2016/2019} (from 2016 until 2019), {@code BE 2016/..} or {@code BE 2016} (since
 * 2016), {@code KZ ../2015} (until 2015); each end may be approximate ({@code 2016~}, {@code 2016-05}) or known only to
 * lie between two dates ({@code [2015..2016]}). An edit keeps
 * the source of a line left as it was.
 */
final class ValidTimeLines {

    private ValidTimeLines() {
    }

    /** The line that shows {@code held}, its value written as {@code value}. */
    static String line(Held<?> held, String value) {
        if (!held.dated()) {
            return value;
        }
        return value + " " + held.from().map(ValidTimeLines::endText).orElse("..") + "/" + held.until().map(ValidTimeLines::endText).orElse("..");
    }

    /**
     * One end as the line writes it: a date, or an end known only to lie between two dates (a start "some time in
     * 2015-2016", which an import may carry) as an EDTF set, {@code [2015..2016]}, so that the line reads back as it was.
     */
    private static String endText(ApproximateDate end) {
        if (end instanceof ApproximateDate.Span span) {
            return "[" + span.from().map(ApproximateDate.Point::text).orElse("") + ".." + span.to().map(ApproximateDate.Point::text).orElse("") + "]";
        }
        return end.text();
    }

    /** The two ends a line's time gives ({@code 2016/2019}, {@code 2016}, {@code ../2015}, {@code [2015..2016]/..}). */
    record Time(Optional<ApproximateDate> from, Optional<ApproximateDate> until) {
    }

    /** Reads a line's time as {@link #line} writes it; refuses what it cannot read, naming {@code field}. */
    static Time time(String field, String t) {
        int slash = t.indexOf('/');
        String a = slash < 0 ? t : t.substring(0, slash);
        String b = slash < 0 ? ".." : t.substring(slash + 1);
        return new Time(end(field, a), end(field, b));
    }

    static List<Held<Country>> states(FormInput in, String field, List<Held<Country>> current) {
        List<Held<Country>> out = new ArrayList<>();
        for (String line : in.lines(field)) {
            Split split = split(line);
            in.stateOf(field, split.value()).flatMap(c -> held(in, field, line, c, split.time(), current))
                    .filter(h -> !out.contains(h)).ifPresent(out::add);
        }
        return out;
    }

    /** Roles ticked (held, no dates) and dated roles, one a line ({@code JOURNALIST 2013/..}); a dated line replaces the tick. */
    static List<Held<Person.Role>> roles(FormInput in, String ticked, String dated, List<Held<Person.Role>> current) {
        List<Held<Person.Role>> datedRoles = new ArrayList<>();
        for (String line : in.lines(dated)) {
            Split split = split(line);
            Optional<Person.Role> role = role(split.value());
            if (role.isEmpty()) {
                in.errorKey(dated, "records.error.notARole", split.value());
                continue;
            }
            held(in, dated, line, role.get(), split.time(), current).filter(h -> !datedRoles.contains(h)).ifPresent(datedRoles::add);
        }
        List<Held<Person.Role>> out = new ArrayList<>();
        for (Person.Role r : in.choices(ticked, Person.Role.class)) {
            Held<Person.Role> h = Held.of(r);
            if (datedRoles.stream().noneMatch(d -> d.value() == r) && !out.contains(h)) {
                out.add(h);
            }
        }
        out.addAll(datedRoles);
        return out;
    }

    private static Optional<Person.Role> role(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Optional.of(Person.Role.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Split(String value, Optional<String> time) {
    }

    /** The value and, when the line's last word is a date or an interval, that word. */
    private static Split split(String line) {
        int space = line.lastIndexOf(' ');
        if (space > 0) {
            String last = line.substring(space + 1);
            if (!last.isEmpty() && (Character.isDigit(last.charAt(0)) || last.startsWith("..") || last.startsWith("["))) {
                return new Split(line.substring(0, space).strip(), Optional.of(last));
            }
        }
        return new Split(line, Optional.empty());
    }

    private static <T> Optional<Held<T>> held(FormInput in, String field, String line, T value, Optional<String> time, List<Held<T>> current) {
        if (time.isEmpty()) {
            return Optional.of(Held.of(value));
        }
        try {
            Time read = time(field, time.get());
            Optional<ApproximateDate> from = read.from();
            Optional<ApproximateDate> until = read.until();
            if (from.isEmpty() && until.isEmpty()) {
                in.errorKey(field, "records.error.validTime", line);
                return Optional.empty();
            }
            Held<T> held = new Held<>(value, from, until, Optional.empty());
            // the line as it was: its source stays
            return Optional.of(current.stream().filter(h -> h.value().equals(value) && h.from().equals(from) && h.until().equals(until))
                    .findFirst().orElse(held));
        } catch (InvalidRecordException e) {
            in.errorKey(field, "records.error.validTime", line);
            return Optional.empty();
        }
    }

    private static Optional<ApproximateDate> end(String field, String text) {
        if (text.isEmpty() || text.equals("..")) {
            return Optional.empty();
        }
        if (text.startsWith("[") && text.endsWith("]") && text.contains("..")) {
            // an end known only to lie between two dates, read as the span it is
            String inner = text.substring(1, text.length() - 1);
            int dots = inner.indexOf("..");
            String first = inner.substring(0, dots);
            String last = inner.substring(dots + 2);
            return Optional.of(ApproximateDate.parse(field, (first.isEmpty() ? ".." : first) + "/" + (last.isEmpty() ? ".." : last)));
        }
        if (text.contains("/")) {
            throw new InvalidRecordException(field, "an end of a valid time is one date");
        }
        return Optional.of(ApproximateDate.parse(field, text));
    }
}
