package org.tutela.core.registry;

import java.util.Optional;

/**
 * That a recorded fact is contested: who contests it (a state, an authority, a party), on what ground,
 * and the question whose answer would settle it. A disputed fact stays in the registry and is read as a
 * possibility with its dispute, never silently as certain or as absent.
 */
public record Dispute(String by, String ground, Optional<String> question) {
    public Dispute {
        by = Fields.text("disputed.by", by);
        ground = Fields.text("disputed.ground", ground);
        question = Fields.optionalText("disputed.question", question);
    }
}
