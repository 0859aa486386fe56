package org.tutela.core.screening;

import java.util.List;

/** What one rule found on one request. */
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
    record NotFired(String reason) implements Outcome {
    }

    /** The data to decide is missing: what is missing, and what to ask for. */
    record NotEvaluable(String missing, List<Question> questions) implements Outcome {
        public NotEvaluable {
            questions = List.copyOf(questions);
        }
    }
}
