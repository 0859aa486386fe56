package org.tutela.core.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a desk does to a request, one step at a time. Each step becomes an entry of the request's file
 * once the workflow rules allow it; nothing is ever changed or removed afterwards.
 */
public sealed interface Step {
    StepKind kind();

    /** Takes a screening report as the one decisions will rely on; moves a registered request to SCREENED. */
    record RelyOnScreening(ScreeningReference screening) implements Step {
        public RelyOnScreening {
            Text.required("screening", screening);
        }

        public StepKind kind() {
            return StepKind.RELY_ON_SCREENING;
        }
    }

    /**
     * The central authority's decision. {@code reliedOn} is filled by the workflow with the file's
     * screening when the step is made; {@code departure} says why a decision goes ahead against a
     * "refuse" or "suspend" band.
     */
    record DecideAdmission(Admission outcome, List<Condition> conditions, Optional<String> departure,
                           Optional<ScreeningReference> reliedOn) implements Step {
        public enum Admission { ADMITTED, ADMITTED_WITH_CONDITIONS, REFUSED, RETURNED_FOR_CLARIFICATION }

        public DecideAdmission {
            Text.required("outcome", outcome);
            conditions = Text.list(conditions);
            departure = Text.optional(departure);
            reliedOn = Text.opt(reliedOn);
        }

        public StepKind kind() {
            return StepKind.DECIDE_ADMISSION;
        }

        public DecideAdmission relyingOn(Optional<ScreeningReference> screening) {
            return new DecideAdmission(outcome, conditions, departure, screening);
        }

        public boolean goesAhead() {
            return outcome == Admission.ADMITTED || outcome == Admission.ADMITTED_WITH_CONDITIONS;
        }
    }

    /** A decision on one requested measure (numbered from 1 in the request's order). */
    record DecideMeasure(int measure, MeasureOutcome outcome, List<Condition> conditions) implements Step {
        public enum MeasureOutcome { AUTHORISED, AUTHORISED_WITH_CONDITIONS, REFUSED }

        public DecideMeasure {
            Text.required("outcome", outcome);
            conditions = Text.list(conditions);
        }

        public StepKind kind() {
            return StepKind.DECIDE_MEASURE;
        }

        public boolean authorises() {
            return outcome != MeasureOutcome.REFUSED;
        }
    }

    record Move(Transition transition) implements Step {
        public Move {
            Text.required("transition", transition);
        }

        public StepKind kind() {
            return StepKind.MOVE;
        }
    }

    /** A condition or assurance given after the admission (the minister's assurance during an appeal). */
    record AddCondition(Condition condition) implements Step {
        public AddCondition {
            Text.required("condition", condition);
        }

        public StepKind kind() {
            return StepKind.ADD_CONDITION;
        }
    }

    /** A condition found met or breached (numbered from 1 in the file's order), with the evidence. */
    record CheckCondition(int condition, Condition.State state, List<Evidence> evidence) implements Step {
        public CheckCondition {
            Text.required("state", state);
            evidence = Text.list(evidence);
        }

        public StepKind kind() {
            return StepKind.CHECK_CONDITION;
        }
    }

    /** {@code since}: the day the hold took effect (an appeal lodged earlier), today if empty. */
    record PlaceHold(HoldKind hold, Optional<LocalDate> since) implements Step {
        public PlaceHold {
            Text.required("hold", hold);
            since = Text.opt(since);
        }

        public StepKind kind() {
            return StepKind.PLACE_HOLD;
        }
    }

    record LiftHold(int hold) implements Step {
        public StepKind kind() {
            return StepKind.LIFT_HOLD;
        }
    }

    record RecordDisclosure(Disclosure disclosure) implements Step {
        public RecordDisclosure {
            Text.required("disclosure", disclosure);
        }

        public StepKind kind() {
            return StepKind.RECORD_DISCLOSURE;
        }
    }

    record AssignHolder(String desk, Optional<String> person) implements Step {
        public AssignHolder {
            desk = Text.required("desk", desk);
            person = Text.optional(person);
        }

        public StepKind kind() {
            return StepKind.ASSIGN_HOLDER;
        }
    }

    record SetDueDate(DueKind due, LocalDate date, Optional<String> note) implements Step {
        public enum DueKind { CLARIFICATION_ASKED, REMINDER_RECEIVED, STATUTORY_LIMIT, OTHER }

        public SetDueDate {
            Text.required("due", due);
            Text.required("date", date);
            note = Text.optional(note);
        }

        public StepKind kind() {
            return StepKind.SET_DUE_DATE;
        }
    }

    /** Oversight opens a review: the request is held until the review is closed. */
    record OpenReview() implements Step {
        public StepKind kind() {
            return StepKind.OPEN_REVIEW;
        }
    }

    record Annotate(Optional<Integer> entry, String note) implements Step {
        public Annotate {
            entry = Text.opt(entry);
            note = Text.required("note", note);
        }

        public StepKind kind() {
            return StepKind.ANNOTATE;
        }
    }

    record CloseReview() implements Step {
        public StepKind kind() {
            return StepKind.CLOSE_REVIEW;
        }
    }
}
