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

    /**
     * One argument: a value written as it is (a name, a date, a number), a code to put into words, or a
     * message of its own ({@code words}: a part of a sentence, such as why an attachment cannot be read),
     * rendered in the same language; its {@code value} is then its English words, for readers of the JSON.
     */
    public record Arg(String value, boolean code, java.util.Optional<Message> words) {
        public Arg {
            Objects.requireNonNull(value, "value");
            // arguments stored before an argument could be a message have none
            words = words == null ? java.util.Optional.empty() : words;
        }

        public Arg(String value, boolean code) {
            this(value, code, java.util.Optional.empty());
        }
    }

    /** Marks a date among a message's codes: written in the reader's language, as precise as it was recorded. */
    static final String DATE_CODE = "date:";

    /** Marks a date among a message's codes that is written with its "since" (whose preposition depends on its precision). */
    static final String SINCE_CODE = "since:";

    /** "Since" a date of the registry, as an argument: "since 2013", "depuis 2013", "depuis le 3 mai 2013". */
    public static Code since(ApproximateDate date) {
        return new Code(SINCE_CODE + date.text());
    }

    private static Arg dated(ApproximateDate date) {
        return new Arg(DATE_CODE + date.text(), true);
    }

    /** A code that is no enum value (e.g. NOT_RECORDED), put into words by the bundle. */
    public record Code(String name) {
    }

    /** The prefix of a code that is a state (ISO 3166-1 alpha-2), put into words by its name in the reader's language. */
    public static final String STATE = "state:";

    /** Several states as one code, listed in words: "Kazakhstan (KZ), Belgium (BE)". */
    public static Code states(java.util.Collection<Country> states) {
        return new Code(states.stream().map(c -> STATE + c.code()).collect(java.util.stream.Collectors.joining(",")));
    }

    public Message {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : List.copyOf(args);
    }

    /**
     * A message whose arguments are converted: enums become codes, states a code put into their name and code, a message
     * a part of the sentence in the same language, the rest their text.
     */
    public static Message of(String key, Object... values) {
        List<Arg> args = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Enum<?> e) {
                args.add(new Arg(e.name(), true));
            } else if (v instanceof java.util.Collection<?> codes && !codes.isEmpty() && codes.stream().allMatch(Enum.class::isInstance)) {
                // several codes, put into words one by one and listed
                args.add(new Arg(codes.stream().map(x -> ((Enum<?>) x).name()).collect(java.util.stream.Collectors.joining(",")), true));
            } else if (v instanceof Message m) {
                args.add(new Arg(FactWording.render(m, java.util.Locale.ENGLISH, m.key()), false, java.util.Optional.of(m)));
            } else if (v instanceof Code c) {
                args.add(new Arg(c.name(), true));
            } else if (v instanceof Country c) {
                // a state is named in the reader's language, its code beside it: "Belgium (BE)", "Belgique (BE)"
                args.add(new Arg(STATE + c.code(), true));
            } else if (v instanceof LocalDate d) {
                // a day of the system (a screening date, a workflow step) is written as it is; a date of the registry,
                // which may be a month or a year, goes through the reader's words
                args.add(new Arg(d.toString(), false));
            } else if (v instanceof ApproximateDate d) {
                args.add(dated(d));
            } else {
                args.add(new Arg(String.valueOf(v), false));
            }
        }
        return new Message(key, args);
    }
}
