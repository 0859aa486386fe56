package org.tutela.core.requests;

import java.util.Optional;

/** Who acts on a request: a user (or, in the demo's replay, a desk) and the desk function it acts from, if any. */
public record Actor(String name, Optional<DeskFunction> function) {
    public Actor {
        if (name == null || name.isBlank()) {
            throw new WorkflowInputException("actor", "an actor needs a name");
        }
        function = function == null ? Optional.empty() : function;
    }

    public static Actor of(String name, DeskFunction function) {
        return new Actor(name, Optional.of(function));
    }

    public boolean actsAs(DeskFunction f) {
        return function.filter(f::equals).isPresent();
    }
}
