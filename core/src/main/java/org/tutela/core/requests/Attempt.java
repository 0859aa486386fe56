package org.tutela.core.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A step someone wants to make: the step, who, the day it takes effect (today if empty), why, and the evidence. */
public record Attempt(Step step, Actor actor, Optional<LocalDate> on, String reason, List<Evidence> sources) {
    public Attempt {
        Text.required("step", step);
        Text.required("actor", actor);
        on = Text.opt(on);
        reason = reason == null ? "" : reason.strip();
        sources = Text.list(sources);
    }

    public static Attempt of(Step step, Actor actor, String reason) {
        return new Attempt(step, actor, Optional.empty(), reason, List.of());
    }

    public Attempt on(LocalDate day) {
        return new Attempt(step, actor, Optional.of(day), reason, sources);
    }

    public Attempt citing(Evidence... evidence) {
        return new Attempt(step, actor, on, reason, List.of(evidence));
    }
}
