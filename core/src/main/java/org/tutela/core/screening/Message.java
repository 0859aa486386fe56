package org.tutela.core.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Country;

/**
 * A sentence of a report as a reference: the key of its wording in the facts bundle
 * ({@code facts.properties}, one file per language) and its arguments. A report stores the message and
 * renders it in the reader's language; an argument that is a code (a status type, a decision's ground)
 * is rendered through the bundle too, so that no internal code reaches the prose.
 */
public record Message(String key, List<Arg> args) {

    /** One argument: a value written as it is (a name, a date, a number) or a code to put into words. */
    public record Arg(String value, boolean code) {
        public Arg {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Marks a date among a message's codes: written in the reader's language, as precise as it was recorded. */
    static final String DATE_CODE = "date:";

    private static Arg dated(ApproximateDate date) {
        return new Arg(DATE_CODE + date.text(), true);
    }

    /** A code that is no enum value (e.g. NOT_RECORDED), put into words by the bundle. */
    public record Code(String name) {
    }

    public Message {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A message whose arguments are converted: enums become codes, states their name and code, the rest their text. */
    public static Message of(String key, Object... values) {
        List<Arg> args = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Enum<?> e) {
                args.add(new Arg(e.name(), true));
            } else if (v instanceof java.util.Collection<?> codes && !codes.isEmpty() && codes.stream().allMatch(Enum.class::isInstance)) {
                // several codes, put into words one by one and listed
                args.add(new Arg(codes.stream().map(x -> ((Enum<?>) x).name()).collect(java.util.stream.Collectors.joining(",")), true));
            } else if (v instanceof Code c) {
                args.add(new Arg(c.name(), true));
            } else if (v instanceof Country c) {
                args.add(new Arg(c.name() + " (" + c.code() + ")", false));
            } else if (v instanceof LocalDate d) {
                args.add(dated(ApproximateDate.of(d)));
            } else if (v instanceof ApproximateDate d) {
                args.add(dated(d));
            } else {
                args.add(new Arg(String.valueOf(v), false));
            }
        }
        return new Message(key, args);
    }
}
