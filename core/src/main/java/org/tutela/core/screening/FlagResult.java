package org.tutela.core.screening;

import java.util.List;

/**
 * A red flag and what its rule found. {@code status} repeats the kind of {@code outcome} so that the
 * JSON form of a report can be read without knowing Java's sealed types.
 */
public record FlagResult(RedFlag flag, Status status, Outcome outcome) {

    public enum Status { FIRED, NOT_FIRED, NOT_EVALUABLE }

    public FlagResult {
        if (status != statusOf(outcome)) {
            throw new IllegalArgumentException("status " + status + " does not match the outcome " + outcome.getClass().getSimpleName());
        }
    }

    public FlagResult(RedFlag flag, Outcome outcome) {
        this(flag, statusOf(outcome), outcome);
    }

    private static Status statusOf(Outcome outcome) {
        if (outcome instanceof Outcome.Fired) {
            return Status.FIRED;
        }
        return outcome instanceof Outcome.NotEvaluable ? Status.NOT_EVALUABLE : Status.NOT_FIRED;
    }

    public boolean fired() {
        return status == Status.FIRED;
    }

    public boolean notEvaluable() {
        return status == Status.NOT_EVALUABLE;
    }

    public List<Fact> facts() {
        return outcome instanceof Outcome.Fired f ? f.facts() : List.of();
    }
}
