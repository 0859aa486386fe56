package org.tutela.core.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * What one rule found on one request. A reason (why a flag did not fire, what is missing) is stored as
 * {@code wording}: messages of the facts bundle with their arguments, the first saying why, any others
 * notes on it, rendered in the reader's language by {@link FactWording#render(List, java.util.Locale, String)}.
 * The English text beside it ({@code reason}, {@code missing}) is only a fallback: for readers of the JSON
 * who do not render messages, and for reports stored before reasons carried messages, which have nothing else.
 */
public sealed interface Outcome permits Outcome.Fired, Outcome.NotFired, Outcome.NotEvaluable {

    /** The flag is raised, on these facts. */
    record Fired(List<Fact> facts) implements Outcome {
        public Fired {
            facts = List.copyOf(facts);
            if (facts.isEmpty()) {
                throw new IllegalArgumentException("a fired flag needs the facts that fired it");
            }
        }
    }

    /** The rule could be evaluated and the flag is not raised; the reason says on what data. */
    record NotFired(String reason, List<Message> wording) implements Outcome {
        public NotFired {
            // reports stored before reasons were messages have only their English text
            wording = wording == null ? List.of() : List.copyOf(wording);
        }

        /** A reason as a message, with notes on it (each in parentheses after it). */
        public NotFired(Message reason, List<Message> notes) {
            this(FactWording.english(joined(reason, notes)), joined(reason, notes));
        }

        public NotFired(Message reason) {
            this(reason, List.of());
        }

        /** A reason in plain text only, as reports stored before reasons were messages have it. */
        public NotFired(String reason) {
            this(reason, List.of());
        }
    }

    /** The data to decide is missing: what is missing, and what to ask for. */
    record NotEvaluable(String missing, List<Question> questions, List<Message> wording) implements Outcome {
        public NotEvaluable {
            questions = List.copyOf(questions);
            wording = wording == null ? List.of() : List.copyOf(wording);
        }

        public NotEvaluable(Message missing, List<Question> questions) {
            this(missing, List.of(), questions);
        }

        /** What is missing as a message, with notes on it (each in parentheses after it). */
        public NotEvaluable(Message missing, List<Message> notes, List<Question> questions) {
            this(FactWording.english(joined(missing, notes)), questions, joined(missing, notes));
        }

        /** What is missing in plain text only, as reports stored before reasons were messages have it. */
        public NotEvaluable(String missing, List<Question> questions) {
            this(missing, questions, List.of());
        }
    }

    private static List<Message> joined(Message first, List<Message> rest) {
        List<Message> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
