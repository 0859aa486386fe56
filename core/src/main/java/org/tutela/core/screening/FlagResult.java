package org.tutela.core.screening;

import java.util.List;

/** A red flag and what its rule found. */
public record FlagResult(RedFlag flag, Outcome outcome) {

    public boolean fired() {
        return outcome instanceof Outcome.Fired;
    }

    public boolean notEvaluable() {
        return outcome instanceof Outcome.NotEvaluable;
    }

    public List<Fact> facts() {
        return outcome instanceof Outcome.Fired f ? f.facts() : List.of();
    }
}
