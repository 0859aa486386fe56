package org.tutela.core.requests;

import java.util.List;
import java.util.Map;
import org.tutela.core.registry.RecordId;

/**
 * The port to the stored files: append-only entries per request, written one step at a time. Storage
 * adapters implement it (JDBC on H2 and PostgreSQL); tests use an in-memory one.
 */
public interface RequestFiles {
    /** The request's entries, numbered 1, 2, 3...; empty for a request nobody has acted on. */
    List<Entry> entries(RecordId request);

    /**
     * Appends {@code entry} (numbered {@code expectedRevision + 1}) and {@code alerts} in one transaction,
     * or throws {@link WorkflowConflictException} if the file is no longer at {@code expectedRevision}.
     */
    void append(RecordId request, int expectedRevision, Entry entry, List<WorkflowAlert> alerts);

    /** An alert with no entry to go with it (a refused disclosure), on its own. */
    void raise(WorkflowAlert alert);

    /** Every request that has a file, with its entries. */
    Map<RecordId, List<Entry>> all();

    List<RaisedWorkflowAlert> alerts(RecordId request);

    /**
     * The requests, among those {@code states} sent or had sent on their behalf, whose files may record a
     * breach: more is allowed (a screening reads each file it is given), less is not. This default names
     * every request with a file; a database names those with a breach alert, which the entry recording a
     * breach raises in its own transaction.
     */
    default java.util.Set<RecordId> mayHoldBreaches(java.util.Set<org.tutela.core.registry.Country> states) {
        return all().keySet();
    }

    record RaisedWorkflowAlert(long id, java.time.Instant raisedAt, WorkflowAlert alert) {
    }
}
