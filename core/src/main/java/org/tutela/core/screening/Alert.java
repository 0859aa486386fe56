package org.tutela.core.screening;

import java.util.List;
import java.util.Objects;
import org.tutela.core.registry.RecordId;

/**
 * A request's screening result changed because the registry learned something: the two reports,
 * what differs, and the revisions that caused the new screening.
 */
public record Alert(RecordId requestId, ScreeningReport before, ScreeningReport after, Difference difference,
                    List<Cause> cause) {

    public Alert {
        Objects.requireNonNull(requestId, "requestId");
        cause = List.copyOf(cause);
    }

    /** A revision that touched the request: the record and its revision number. */
    public record Cause(RecordId record, int revision) {
    }

    /** What changed between two screenings of the same request. */
    public record Difference(List<String> flagsAdded, List<String> flagsRemoved, List<String> factsChanged,
                             List<String> evaluabilityChanged, Band bandBefore, Band bandAfter) {
        public Difference {
            flagsAdded = List.copyOf(flagsAdded);
            flagsRemoved = List.copyOf(flagsRemoved);
            factsChanged = List.copyOf(factsChanged);
            evaluabilityChanged = List.copyOf(evaluabilityChanged);
        }

        public boolean bandChanged() {
            return bandBefore != bandAfter;
        }

        public boolean isEmpty() {
            return flagsAdded.isEmpty() && flagsRemoved.isEmpty() && factsChanged.isEmpty() && evaluabilityChanged.isEmpty()
                    && !bandChanged();
        }

        /** Compares two reports flag by flag: fired or not, the facts' records, evaluable or not. */
        public static Difference between(ScreeningReport before, ScreeningReport after) {
            List<String> added = after.firedIds().stream().filter(id -> !before.firedIds().contains(id)).toList();
            List<String> removed = before.firedIds().stream().filter(id -> !after.firedIds().contains(id)).toList();
            // context (the requesting state's record) grows with every incident anywhere: not worth an alert by itself
            List<String> facts = after.fired().stream().filter(r -> r.flag().severity() != Severity.CONTEXT)
                    .filter(r -> before.result(r.flag().id()).filter(FlagResult::fired)
                            .map(b -> !records(b).equals(records(r))).orElse(false))
                    .map(r -> r.flag().id()).toList();
            List<String> evaluability = after.flags().stream()
                    .filter(r -> before.result(r.flag().id()).map(b -> b.notEvaluable() != r.notEvaluable()).orElse(true))
                    .map(r -> r.flag().id()).toList();
            return new Difference(added, removed, facts, evaluability, before.band(), after.band());
        }

        /** The records behind a flag's facts; the wording may change with the date alone, the records do not. */
        private static List<String> records(FlagResult r) {
            return r.facts().stream().map(f -> f.record().value()).distinct().sorted().toList();
        }
    }
}
