package org.tutela.core.requests;

import java.util.Optional;
import org.tutela.core.registry.RecordId;

/**
 * What shows that something happened: a record of the registry (a source, an incident, a decision) and
 * the passage or observation relied on. A reference, not a copy: the record keeps its own sources.
 */
public record Evidence(Optional<RecordId> record, String note) {
    public Evidence {
        record = Text.opt(record);
        note = Text.required("evidence.note", note);
    }

    public static Evidence of(String recordId, String note) {
        return new Evidence(Optional.of(RecordId.of(recordId)), note);
    }

    public static Evidence note(String note) {
        return new Evidence(Optional.empty(), note);
    }
}
