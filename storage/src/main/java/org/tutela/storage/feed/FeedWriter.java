package org.tutela.storage.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.tutela.core.registry.Revision;
import org.tutela.storage.registry.CommitParticipant;

/**
 * Appends a commit's revisions to the change feed inside the registry's transaction. It takes the
 * feed head's row lock last, just before the commit, so that positions follow commit order across all
 * servers; on PostgreSQL it also notifies listeners, which PostgreSQL delivers only if the commit
 * happens.
 */
public final class FeedWriter implements CommitParticipant {
    static final String CHANNEL = "tutela_feed";
    private final boolean notify;

    FeedWriter(boolean notify) {
        this.notify = notify;
    }

    @Override
    public void beforeCommit(Connection c, List<Revision> revisions) throws SQLException {
        if (revisions.isEmpty()) {
            return;
        }
        long last;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_position FROM feed_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the change feed's head row is missing (migration V50 not applied?)");
            }
            last = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_feed"
                + " (position, record_id, revision, kind, compartment, committed_at, actor)"
                + " VALUES (?, ?, ?, ?, (SELECT compartment FROM record_compartment WHERE record_id = ?), ?, ?)")) {
            long position = last;
            for (Revision r : revisions) {
                ps.setLong(1, ++position);
                ps.setString(2, r.id().value());
                ps.setInt(3, r.number());
                ps.setString(4, r.kind().slug());
                ps.setString(5, r.id().value());
                ps.setObject(6, OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
                ps.setString(7, r.recordedBy());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        long head = last + revisions.size();
        try (PreparedStatement ps = c.prepareStatement("UPDATE feed_head SET last_position = ? WHERE id = 1")) {
            ps.setLong(1, head);
            ps.executeUpdate();
        }
        if (notify) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
                ps.setString(1, Long.toString(head));
                ps.execute();
            }
        }
    }
}
