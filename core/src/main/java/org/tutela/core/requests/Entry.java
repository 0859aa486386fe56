package org.tutela.core.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step as it stands in a request's file: its number (the file's revision), who made it from which
 * desk, the day it took effect ({@code on}, which may be earlier than the recording when a past event is
 * entered), when it was recorded, why, and the evidence cited for it.
 */
public record Entry(int number, Step step, Actor actor, LocalDate on, Instant recordedAt, String reason, List<Evidence> sources) {
    public Entry {
        if (number < 1) {
            throw new WorkflowInputException("number", "entries are numbered from 1");
        }
        Text.required("step", step);
        Text.required("actor", actor);
        Text.required("on", on);
        Text.required("recordedAt", recordedAt);
        reason = Text.required("reason", reason);
        sources = Text.list(sources);
    }
}
