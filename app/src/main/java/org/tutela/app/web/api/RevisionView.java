package org.tutela.app.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.tutela.core.registry.Revision;
import org.tutela.json.RecordJson;

/** A revision as the API shows it: who changed what, when and why, and the state it left. */
public record RevisionView(String id, String kind, int number, Instant recordedAt, String recordedBy, String reason,
                           boolean retracted, Optional<ObjectNode> state) {

    static RevisionView of(Revision revision, RecordJson json) {
        return new RevisionView(revision.id().value(), revision.kind().slug(), revision.number(), revision.recordedAt(),
                revision.recordedBy(), revision.reason(), revision.retracted(), revision.state().map(json::toTreeWithKind));
    }

    /** The same without the record's state, for answers that already carry it. */
    RevisionView summary() {
        return new RevisionView(id, kind, number, recordedAt, recordedBy, reason, retracted, Optional.empty());
    }
}
