package org.tutela.core.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.CooperationRequest;

/** The parts of a request's file, as they stand after its entries: read-only values for pages, API and rules. */
public final class FileItems {
    private FileItems() {
    }

    /** A requested measure and the latest decision on it, if any. */
    public record MeasureItem(int number, CooperationRequest.Measure measure, Optional<Step.DecideMeasure.MeasureOutcome> outcome,
                              Optional<Integer> decidedIn, Optional<Actor> decidedBy) {
    }

    public record ConditionItem(int number, Condition condition, Condition.State state, List<Evidence> evidence, int addedIn,
                                Optional<LocalDate> checkedOn, Optional<Integer> checkedIn) {
        public boolean breached() {
            return state == Condition.State.BREACHED;
        }
    }

    /** Number 0 is the hold of an unresolved "refuse" band, which nobody placed. */
    public record HoldItem(int number, HoldKind kind, LocalDate since, Optional<Actor> placedBy, Optional<Integer> placedIn,
                           Optional<LocalDate> liftedOn, Optional<Integer> liftedIn, Optional<Actor> liftedBy) {
        public boolean activeOn(LocalDate day) {
            return !since.isAfter(day) && liftedOn.map(l -> l.isAfter(day)).orElse(true);
        }

        public boolean active() {
            return liftedIn.isEmpty();
        }
    }

    public enum BreachKind { UNDER_HOLD, WITHOUT_DECISION }

    public record Breach(BreachKind kind, Optional<Integer> hold, Optional<HoldKind> holdKind) {
    }

    /** A disclosure in the ledger, with the breaches it was found to be when recorded. */
    public record LedgerItem(int entry, Disclosure disclosure, Actor recordedBy, List<Breach> breaches) {
        public boolean breach() {
            return !breaches.isEmpty();
        }
    }

    public record Holder(String desk, Optional<String> person, LocalDate since) {
    }

    public record DueDate(Step.SetDueDate.DueKind kind, LocalDate date, Optional<String> note, int entry) {
    }

    public record Annotation(int entry, Actor by, LocalDate on, Optional<Integer> about, String note) {
    }

    /** An admission decision as it stands in the file, with the screening it relied on and any departure from it. */
    public record AdmissionItem(int entry, Step.DecideAdmission decision, Actor by, LocalDate on, String reason) {
        public boolean departs() {
            return decision.goesAhead() && decision.reliedOn().map(ScreeningReference::advisesAgainst).orElse(false);
        }
    }
}
