package org.tutela.core.requests;

import java.util.List;
import java.util.Optional;

/** Checks of the workflow's values, each naming the field at fault. */
final class Text {
    private Text() {
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new WorkflowInputException(field, "is required");
        }
        return value.strip();
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new WorkflowInputException(field, "is required");
        }
        return value;
    }

    static Optional<String> optional(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }

    static <T> Optional<T> opt(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }
}
