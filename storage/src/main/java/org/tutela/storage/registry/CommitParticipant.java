package org.tutela.storage.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.tutela.core.registry.Revision;

/**
 * Writes something of its own in the registry's transaction, after the revisions and before the
 * commit: the change feed's rows, a change audit entry. What it writes commits with the revisions or
 * not at all; throwing rolls the whole write back. Participants run in the order they were added, so
 * that every server takes their locks in one order.
 */
@FunctionalInterface
public interface CommitParticipant {
    /** Writes nothing. */
    CommitParticipant NONE = (c, revisions) -> { };

    void beforeCommit(Connection c, List<Revision> revisions) throws SQLException;
}
