package org.tutela.core.requests;

import java.util.List;

/** A workflow rule's answer: the step may be made, or it is refused with the rule's reason (a message key and its arguments). */
public sealed interface Verdict {
    record Allowed() implements Verdict {
    }

    record Rejected(String rule, String messageKey, List<String> args) implements Verdict {
        public Rejected {
            args = List.copyOf(args);
        }
    }

    Verdict ALLOWED = new Allowed();

    static Verdict allowed() {
        return ALLOWED;
    }

    static Verdict rejected(String rule, String key, Object... args) {
        return new Rejected(rule, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
