package org.tutela.core.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.EnumSet;
import java.util.Collection;
import java.util.Collections;

/**
 * The checks every record constructor makes. Absent optional values arrive as {@code null} from
 * deserialisers; they are turned into empty values here so that no null leaves the core.
 *
 * <p>The limits are domain rules: no real person has thousands of names, no request names thousands of
 * persons. They keep one oversized record from costing the server (and every other user) time and
 * memory in the name index, the matcher and the screening; see {@link Limits} for the numbers.
 */
final class Fields {
    static final int MAX_TEXT = Limits.MAX_TEXT;

    private Fields() {
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRecordException.of(field, "problem.blank");
        }
        return clean(field, value);
    }

    static Optional<String> optionalText(String field, Optional<String> value) {
        if (value == null || value.isEmpty() || value.get().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(clean(field, value.get()));
    }

    /** A short text: a name, a label; at most {@link Limits#MAX_NAME} characters. */
    static String name(String field, String value) {
        return shorter(field, text(field, value), Limits.MAX_NAME);
    }

    static Optional<String> optionalName(String field, Optional<String> value) {
        return optionalText(field, value).map(v -> shorter(field, v, Limits.MAX_NAME));
    }

    private static String shorter(String field, String value, int max) {
        if (value.length() > max) {
            throw InvalidRecordException.of(field, "problem.too-long", max, value.length());
        }
        return value;
    }

    private static String clean(String field, String value) {
        if (value.length() > MAX_TEXT * 2) {
            // refused before stripping and scanning: a text many times the limit costs nothing more
            throw InvalidRecordException.of(field, "problem.too-long", MAX_TEXT, value.length());
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw InvalidRecordException.of(field, "problem.too-long", MAX_TEXT, v.length());
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                throw InvalidRecordException.of(field, "problem.control-character", i);
            }
            if (Character.isHighSurrogate(c) && (i + 1 >= v.length() || !Character.isLowSurrogate(v.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(v.charAt(i - 1)))) {
                throw InvalidRecordException.of(field, "problem.unpaired-surrogate", i);
            }
        }
        return v;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw InvalidRecordException.of(field, "problem.required");
        }
        return value;
    }

    /** An optional date that may not lie wholly in the future (a day's grace for time zones). */
    static Optional<ApproximateDate> pastDate(String field, Optional<ApproximateDate> value) {
        Optional<ApproximateDate> v = optional(value);
        if (v.isPresent() && v.get().surelyAfter(java.time.LocalDate.now().plusDays(1))) {
            throw InvalidRecordException.of(field, "problem.future", v.get().text());
        }
        return v;
    }

    /**
     * Refuses an end that surely comes before its start, worded by {@code key} of the problems bundle with the
     * end and the start; an end that may overlap its start is kept.
     */
    static void ordered(String endField, Optional<ApproximateDate> start, Optional<ApproximateDate> end, String key) {
        if (start.isPresent() && end.isPresent() && end.get().surelyBefore(start.get())) {
            throw InvalidRecordException.of(endField, key, end.get().text(), start.get().text());
        }
    }

    static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static <T> List<T> list(String field, List<T> values) {
        return list(field, values, Limits.MAX_ENTRIES);
    }

    /** A list of at most {@code max} entries, none of them empty. */
    static <T> List<T> list(String field, List<T> values, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw InvalidRecordException.of(field, "problem.too-many", max, values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw InvalidRecordException.of(field + "[" + i + "]", "problem.empty");
            }
        }
        return List.copyOf(values);
    }

    static List<String> texts(String field, List<String> values) {
        List<String> checked = list(field, values);
        return checked.stream().map(v -> text(field, v)).toList();
    }

    static <T> List<T> nonEmpty(String field, List<T> values) {
        return nonEmpty(field, values, Limits.MAX_ENTRIES);
    }

    static <T> List<T> nonEmpty(String field, List<T> values, int max) {
        List<T> checked = list(field, values, max);
        if (checked.isEmpty()) {
            throw InvalidRecordException.of(field, "problem.no-entry");
        }
        return checked;
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(set::add);
        }
        // an EnumSet keeps the declaration order, so the JSON form of a record is stable
        return Collections.unmodifiableSet(set);
    }
}
