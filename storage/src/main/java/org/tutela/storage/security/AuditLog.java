package org.tutela.storage.security;

import org.tutela.storage.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.tutela.storage.StorageException;

/**
 * The audit log: entries are only appended, each chained to the one before by its hash. {@link #verify()}
 * recomputes the chain and names the first entry that was altered, removed or inserted.
 */
public final class AuditLog {
    private static final int ATTEMPTS = 20;
    private final DataSource dataSource;

    public AuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Appends an entry after the current last one. Two servers on one database may race for the same
     * sequence number: the primary key lets one win, and the other chains onto it and tries again.
     */
    public AuditEntry append(AuditEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    /** Appends several entries in one transaction (the revisions of one import, say): all of them, or none. */
    public synchronized List<AuditEntry> appendAll(List<AuditEvent> events) {
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    List<AuditEntry> entries = new ArrayList<>();
                    for (AuditEvent event : events) {
                        entries.add(appendIn(c, event));
                    }
                    c.commit();
                    return entries;
                } catch (SQLException e) {
                    c.rollback();
                    if (!"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                    last = e;
                }
            } catch (SQLException e) {
                throw new StorageException("cannot append to the audit log: " + e.getMessage(), e);
            }
        }
        throw new StorageException("cannot append to the audit log: another writer kept taking the next entry", last);
    }

    private static AuditEntry appendIn(Connection c, AuditEvent event) throws SQLException {
        long seq = 1;
        String previous = AuditEntry.GENESIS;
        try (PreparedStatement st = c.prepareStatement("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
             ResultSet rs = st.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                previous = rs.getString(2);
            }
        }
        // the database keeps microseconds; hash what will be read back
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsigned = new AuditEntry(seq, at, event.actor(), event.action(), event.target(), event.purpose(),
                event.outcome(), event.detail(), previous, "");
        AuditEntry entry = new AuditEntry(seq, at, event.actor(), event.action(), event.target(), event.purpose(),
                event.outcome(), event.detail(), previous, unsigned.expectedHash());
        try (PreparedStatement st = c.prepareStatement("INSERT INTO audit_entry (seq, at, actor, action, target, purpose, outcome, "
                + "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, entry.seq());
            st.setObject(2, at.atOffset(ZoneOffset.UTC));
            st.setString(3, entry.actor());
            st.setString(4, entry.action());
            st.setString(5, entry.target());
            st.setString(6, entry.purpose());
            st.setString(7, entry.outcome());
            st.setString(8, entry.detail());
            st.setString(9, entry.previousHash());
            st.setString(10, entry.hash());
            st.executeUpdate();
        }
        return entry;
    }

    public List<AuditEntry> search(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        query.actor().ifPresent(a -> { sql.append(" AND actor = ?"); values.add(a); });
        query.action().ifPresent(a -> { sql.append(" AND action = ?"); values.add(a); });
        query.outcome().ifPresent(o -> { sql.append(" AND outcome = ?"); values.add(o); });
        query.target().ifPresent(t -> { sql.append(" AND LOWER(target) LIKE ? ESCAPE '!'"); values.add("%" + likeEscaped(t.toLowerCase()) + "%"); });
        query.from().ifPresent(f -> { sql.append(" AND at >= ?"); values.add(f.atOffset(ZoneOffset.UTC)); });
        query.to().ifPresent(t -> { sql.append(" AND at < ?"); values.add(t.atOffset(ZoneOffset.UTC)); });
        sql.append(" ORDER BY seq DESC LIMIT ").append(query.limit());
        return Jdbc.inTransaction(dataSource, c -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    st.setObject(i + 1, values.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                }
            }
            return entries;
        }, "the audit log");
    }

    /** Walks the whole chain in order: numbers without gaps, each entry linked to the one before, each hash right. */
    public ChainCheck verify() {
        return Jdbc.inTransaction(dataSource, c -> {
            long expectedSeq = 1;
            String previous = AuditEntry.GENESIS;
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM audit_entry ORDER BY seq")) {
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry entry = entry(rs);
                        Optional<String> fault = fault(entry, expectedSeq, previous);
                        if (fault.isPresent()) {
                            return new ChainCheck(expectedSeq - 1, previous, Optional.of(new ChainCheck.Broken(entry.seq(), fault.get())));
                        }
                        previous = entry.hash();
                        expectedSeq++;
                    }
                }
            }
            return new ChainCheck(expectedSeq - 1, previous, Optional.empty());
        }, "the audit log");
    }

    private static Optional<String> fault(AuditEntry entry, long expectedSeq, String previous) {
        if (entry.seq() != expectedSeq) {
            return Optional.of(entry.seq() > expectedSeq
                    ? "entries " + expectedSeq + (entry.seq() - 1 > expectedSeq ? "-" + (entry.seq() - 1) : "") + " are missing before it"
                    : "its number repeats or goes back (expected " + expectedSeq + ")");
        }
        if (!entry.previousHash().equals(previous)) {
            return Optional.of("it does not link to the entry before it (previous hash differs)");
        }
        if (!entry.hash().equals(entry.expectedHash())) {
            return Optional.of("its content was changed after it was written (hash differs)");
        }
        return Optional.empty();
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), rs.getString("purpose"), rs.getString("outcome"),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
