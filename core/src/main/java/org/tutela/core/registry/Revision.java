package org.tutela.core.registry;

import java.time.Instant;
import java.util.Optional;

/**
 * One state of a record as recorded at a time. Revisions are only ever added; a retraction is a
 * revision with no state. Any earlier state can be read back from them.
 */
public record Revision(RecordId id, RecordKind kind, int number, Instant recordedAt, String recordedBy,
                       String reason, Optional<RegistryRecord> state) {
    public Revision {
        Fields.required("id", id);
        Fields.required("kind", kind);
        Fields.required("recordedAt", recordedAt);
        state = Fields.optional(state);
    }

    public boolean retracted() {
        return state.isEmpty();
    }
}
