package org.tutela.core.requests;

import org.tutela.core.registry.RecordId;

/** Someone else acted on the request first: the step was based on an older revision of its file. Nothing was written. */
public final class WorkflowConflictException extends RuntimeException {
    private final RecordId request;
    private final StepKind step;

    public WorkflowConflictException(RecordId request, StepKind step, int expected, int actual) {
        super("request " + request + ", step " + step + ": the file is at revision " + actual + ", not " + expected
                + "; someone acted on it in the meantime: reload it and decide again");
        this.request = request;
        this.step = step;
    }

    public RecordId request() {
        return request;
    }

    public StepKind step() {
        return step;
    }
}
