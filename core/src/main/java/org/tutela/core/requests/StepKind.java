package org.tutela.core.requests;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The kinds of step, with the desks that may make each (RoleMayMakeTransition; some rules narrow it further). */
public enum StepKind {
    RELY_ON_SCREENING(Step.RelyOnScreening.class, DeskFunction.CENTRAL_AUTHORITY, DeskFunction.PROSECUTOR, DeskFunction.INVESTIGATING_JUDGE),
    DECIDE_ADMISSION(Step.DecideAdmission.class, DeskFunction.CENTRAL_AUTHORITY),
    DECIDE_MEASURE(Step.DecideMeasure.class, DeskFunction.CENTRAL_AUTHORITY, DeskFunction.INVESTIGATING_JUDGE),
    MOVE(Step.Move.class, DeskFunction.CENTRAL_AUTHORITY, DeskFunction.PROSECUTOR, DeskFunction.INVESTIGATING_JUDGE),
    ADD_CONDITION(Step.AddCondition.class, DeskFunction.CENTRAL_AUTHORITY, DeskFunction.INVESTIGATING_JUDGE),
    CHECK_CONDITION(Step.CheckCondition.class, DeskFunction.values()),
    PLACE_HOLD(Step.PlaceHold.class, DeskFunction.values()),
    LIFT_HOLD(Step.LiftHold.class, DeskFunction.values()),
    RECORD_DISCLOSURE(Step.RecordDisclosure.class, DeskFunction.values()),
    ASSIGN_HOLDER(Step.AssignHolder.class, DeskFunction.CENTRAL_AUTHORITY, DeskFunction.PROSECUTOR, DeskFunction.INVESTIGATING_JUDGE),
    SET_DUE_DATE(Step.SetDueDate.class, DeskFunction.CENTRAL_AUTHORITY, DeskFunction.PROSECUTOR, DeskFunction.INVESTIGATING_JUDGE),
    OPEN_REVIEW(Step.OpenReview.class, DeskFunction.OVERSIGHT),
    ANNOTATE(Step.Annotate.class, DeskFunction.OVERSIGHT),
    CLOSE_REVIEW(Step.CloseReview.class, DeskFunction.OVERSIGHT);

    private final Class<? extends Step> type;
    private final Set<DeskFunction> by;

    StepKind(Class<? extends Step> type, DeskFunction... by) {
        this.type = type;
        this.by = EnumSet.copyOf(Arrays.asList(by));
    }

    public Class<? extends Step> type() {
        return type;
    }

    public boolean madeBy(DeskFunction function) {
        return by.contains(function);
    }

    public static StepKind parse(String text) {
        String t = text == null ? "" : text.strip().replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(t)).findFirst()
                .orElseThrow(() -> new WorkflowInputException("step", "'" + text + "' is not a workflow step; expected one of "
                        + Arrays.toString(values())));
    }
}
