package org.tutela.core.registry;

import java.util.Map;
import java.util.Optional;

/**
 * A search by field: optionally one kind, exact values of named fields (paths such as
 * {@code requestingState} or {@code names.full}, compared case-insensitively), and a text that the
 * label must contain.
 */
public record RecordQuery(Optional<RecordKind> kind, Map<String, String> fields, Optional<String> text, int offset, int limit) {
    public static final int MAX_LIMIT = 1000;

    public RecordQuery {
        kind = Fields.optional(kind);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        text = Fields.optionalText("text", text);
        if (offset < 0) {
            throw InvalidRecordException.of("offset", "problem.not-negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidRecordException.of("limit", "problem.limit-range", MAX_LIMIT);
        }
    }

    public static RecordQuery of(RecordKind kind) {
        return new RecordQuery(Optional.of(kind), Map.of(), Optional.empty(), 0, MAX_LIMIT);
    }

    public RecordQuery where(String field, String value) {
        var more = new java.util.HashMap<>(fields);
        more.put(field, value);
        return new RecordQuery(kind, more, text, offset, limit);
    }
}
