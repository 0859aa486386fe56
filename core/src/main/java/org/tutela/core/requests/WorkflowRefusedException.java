package org.tutela.core.requests;

import org.tutela.core.registry.RecordId;

/** A step a workflow rule refused: names the request, the step and the rule, and says why. Nothing was written. */
public final class WorkflowRefusedException extends RuntimeException {
    private final RecordId request;
    private final StepKind step;
    private final Verdict.Rejected rejection;

    public WorkflowRefusedException(RecordId request, StepKind step, Verdict.Rejected rejection) {
        super("request " + request + ", step " + step + ": refused by rule " + rejection.rule() + ": "
                + WorkflowMessages.text(rejection.messageKey(), rejection.args()));
        this.request = request;
        this.step = step;
        this.rejection = rejection;
    }

    public RecordId request() {
        return request;
    }

    public StepKind step() {
        return step;
    }

    public Verdict.Rejected rejection() {
        return rejection;
    }
}
