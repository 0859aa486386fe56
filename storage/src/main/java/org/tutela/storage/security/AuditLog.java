package org.tutela.storage.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.tutela.storage.Jdbc;
import org.tutela.storage.StorageException;

/**
 * The audit log: entries are only appended, each chained to the one before by its HMAC under the audit key
 * (see {@link AuditKey}), and the chain's head is signed now and then into {@link AuditCheckpoints} outside
 * the database. {@link #verify()} recomputes the chain, names the first entry that was altered, removed or
 * inserted, and checks the checkpoints, which show a cut tail and a chain rewritten by someone without the key.
 *
 * <p>Without a key the chain is plain SHA-256, as before keying: anyone who can write the database can then
 * rewrite it undetected, and the check says so. Once an entry is keyed, entries without the key are refused.
 */
public final class AuditLog {
    private final DataSource dataSource;
    private final Optional<AuditKey> key;
    private final Optional<AuditCheckpoints> checkpoints;
    private final GroupCommit<AuditEvent, AuditEntry> appends = new GroupCommit<>(this::appendAll);

    public AuditLog(DataSource dataSource, Optional<AuditKey> key, Optional<AuditCheckpoints> checkpoints) {
        this.dataSource = dataSource;
        this.key = key;
        this.checkpoints = checkpoints;
    }

    /** An unkeyed log without checkpoints. */
    public AuditLog(DataSource dataSource) {
        this(dataSource, Optional.empty(), Optional.empty());
    }

    public boolean keyed() {
        return key.isPresent();
    }

    public Optional<AuditCheckpoints> checkpoints() {
        return checkpoints;
    }

    /**
     * Appends an entry after the current last one, committed before this returns; entries appended at the
     * same moment by other threads share its transaction ({@link GroupCommit}).
     */
    public AuditEntry append(AuditEvent event) {
        return appends.submit(event);
    }

    /** Appends an entry that concerns the record {@code recordId}: the record's compartment, none if it has none. */
    public AuditEntry appendAbout(String recordId, AuditEvent event) {
        return Jdbc.inTransaction(dataSource, c -> {
            String home = RecordCompartments.ofIn(c, List.of(recordId)).get(recordId);
            AuditEvent about = new AuditEvent(event.actor(), event.action(), event.target(), event.purpose(), event.outcome(), event.detail(),
                    Optional.of(home == null ? Set.<String>of() : Set.of(home)));
            return appendIn(c, List.of(about)).get(0);
        }, "to the audit log");
    }

    /** Appends several entries in one transaction (the revisions of one import, say): all of them, or none. */
    public List<AuditEntry> appendAll(List<AuditEvent> events) {
        return Jdbc.inTransaction(dataSource, c -> appendIn(c, events), "to the audit log");
    }

    /**
     * Appends the entries in the caller's transaction: they commit with it or not at all (a change and its
     * entry). Writers queue on the head row's lock, held until that transaction ends.
     */
    public List<AuditEntry> appendIn(Connection c, List<AuditEvent> events) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        for (AuditEvent event : events) {
            out.add(appendOne(c, event));
        }
        return out;
    }

    private AuditEntry appendOne(Connection c, AuditEvent event) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE audit_head SET seq = seq + 1 WHERE id = 1")) {
            if (st.executeUpdate() != 1) {
                throw new StorageException("the audit log has no head row (table audit_head); the schema is not up to date", null);
            }
        }
        long seq;
        String previous;
        String previousKey;
        try (PreparedStatement st = c.prepareStatement("SELECT seq, hash, key_id FROM audit_head WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            previous = rs.getString(2);
            previousKey = rs.getString(3);
        }
        if (key.isEmpty() && !previousKey.isEmpty()) {
            throw new StorageException("the audit log is keyed (key " + previousKey + "); give the audit key (TUTELA_AUDIT_KEY_FILE) "
                    + "to write to it", null);
        }
        SortedSet<String> compartments = event.compartments().isPresent() ? new TreeSet<>(event.compartments().get())
                : accountCompartments(c, event.actor());
        // the database keeps microseconds; hash what will be read back
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsigned = new AuditEntry(seq, at, event.actor(), event.action(), event.target(), event.purpose(),
                event.outcome(), event.detail(), compartments, key.map(AuditKey::currentId).orElse(""), previous, "");
        AuditEntry entry = unsigned.withHash(unsigned.expectedHash(key));
        try (PreparedStatement st = c.prepareStatement("INSERT INTO audit_entry (seq, at, actor, action, target, purpose, outcome, "
                + "detail, compartments, key_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, entry.seq());
            st.setObject(2, at.atOffset(ZoneOffset.UTC));
            st.setString(3, entry.actor());
            st.setString(4, entry.action());
            st.setString(5, entry.target());
            st.setString(6, entry.purpose());
            st.setString(7, entry.outcome());
            st.setString(8, entry.detail());
            st.setString(9, AuditEntry.stored(entry.compartments()));
            st.setString(10, entry.keyId());
            st.setString(11, entry.previousHash());
            st.setString(12, entry.hash());
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE audit_head SET hash = ?, key_id = ? WHERE id = 1")) {
            st.setString(1, entry.hash());
            st.setString(2, entry.keyId());
            st.executeUpdate();
        }
        return entry;
    }

    private static SortedSet<String> accountCompartments(Connection c, String actor) throws SQLException {
        SortedSet<String> out = new TreeSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT compartment FROM user_compartment WHERE user_name = ?")) {
            st.setString(1, actor);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The last entry's position, hash and key. */
    public AuditCheckpoints.Head head() {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT seq, hash, key_id FROM audit_head WHERE id = 1");
                 ResultSet rs = st.executeQuery()) {
                return rs.next() ? new AuditCheckpoints.Head(rs.getLong(1), rs.getString(2), rs.getString(3))
                        : new AuditCheckpoints.Head(0, AuditEntry.GENESIS, "");
            }
        }, "the audit log");
    }

    /** Refuses to go on without the key once the chain is keyed, or with a key that is not the chain's. */
    public void checkKey() {
        AuditCheckpoints.Head head = head();
        if (head.keyId().isEmpty()) {
            return;
        }
        if (key.isEmpty()) {
            throw new IllegalStateException("the audit log is keyed (key " + head.keyId() + " since some entry); give the audit key in "
                    + "TUTELA_AUDIT_KEY or TUTELA_AUDIT_KEY_FILE");
        }
        if (!key.get().knows(head.keyId())) {
            throw new IllegalStateException("the audit log's last entry is keyed with " + head.keyId() + ", which is not among the audit keys "
                    + "given " + key.get().ids() + "; after a rotation the file holds the new key first and the old ones after it");
        }
    }

    /** Signs the current head into the checkpoint file, if there is a key and a file and the head moved. */
    public Optional<AuditCheckpoints.Head> checkpoint() {
        if (key.isEmpty() || checkpoints.isEmpty()) {
            return Optional.empty();
        }
        return checkpoints.get().write(this::head, key.get());
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
        query.compartments().ifPresent(within -> {
            if (within.isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND (").append(String.join(" OR ", java.util.Collections.nCopies(within.size(), "compartments LIKE ? ESCAPE '!'")))
                        .append(")");
                within.stream().sorted().forEach(cpt -> values.add("%|" + likeEscaped(cpt) + "|%"));
            }
        });
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

    /**
     * Walks the whole chain in order (numbers without gaps, each entry linked to the one before, each hash
     * right under its key, no unkeyed entry after a keyed one), then checks the signed checkpoints against it.
     */
    public ChainCheck verify() {
        List<String> lines = checkpoints.map(AuditCheckpoints::lines).orElse(List.of());
        Set<Long> wanted = new HashSet<>(AuditCheckpoints.positions(lines));
        Map<Long, String> hashes = new HashMap<>();
        boolean[] sawKeyed = {false};
        ChainCheck chain = Jdbc.inTransaction(dataSource, c -> {
            long expectedSeq = 1;
            String previous = AuditEntry.GENESIS;
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM audit_entry ORDER BY seq")) {
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry entry = entry(rs);
                        Optional<String> fault = fault(entry, expectedSeq, previous, sawKeyed[0]);
                        if (fault.isPresent()) {
                            return new ChainCheck(expectedSeq - 1, previous, Optional.of(new ChainCheck.Broken(entry.seq(), fault.get())));
                        }
                        sawKeyed[0] |= entry.keyed();
                        if (wanted.contains(entry.seq())) {
                            hashes.put(entry.seq(), entry.hash());
                        }
                        previous = entry.hash();
                        expectedSeq++;
                    }
                }
            }
            return new ChainCheck(expectedSeq - 1, previous, Optional.empty());
        }, "the audit log");
        List<String> warnings = new ArrayList<>();
        if (!sawKeyed[0] && chain.entries() > 0) {
            warnings.add("the chain is not keyed (no audit key was given when it was written): whoever can write the database can rewrite "
                    + "it and cut its tail undetected");
        }
        if (!chain.intact() || checkpoints.isEmpty()) {
            if (checkpoints.isEmpty() && sawKeyed[0]) {
                warnings.add("no checkpoint file was given: a cut tail cannot be seen");
            }
            return chain.with(0, Optional.empty(), warnings);
        }
        Path where = checkpoints.get().file();
        if (lines.isEmpty()) {
            if (sawKeyed[0]) {
                return chain.with(0, Optional.of(new ChainCheck.Broken(chain.entries(), "no signed checkpoint vouches for the log: "
                        + where + " is missing or empty (deleted?), so a cut tail or a rewritten chain cannot be ruled out")), warnings);
            }
            return chain.with(0, Optional.empty(), warnings);
        }
        AuditCheckpoints.Result result = AuditCheckpoints.check(lines, chain.entries(), hashes, key, where);
        return chain.with(result.checkpoints(), result.broken(), warnings);
    }

    private Optional<String> fault(AuditEntry entry, long expectedSeq, String previous, boolean afterKeyed) {
        if (entry.seq() != expectedSeq) {
            return Optional.of(entry.seq() > expectedSeq
                    ? "entries " + expectedSeq + (entry.seq() - 1 > expectedSeq ? "-" + (entry.seq() - 1) : "") + " are missing before it"
                    : "its number repeats or goes back (expected " + expectedSeq + ")");
        }
        if (!entry.previousHash().equals(previous)) {
            return Optional.of("it does not link to the entry before it (previous hash differs)");
        }
        if (!entry.keyed() && afterKeyed) {
            return Optional.of("it is not keyed but follows keyed entries: it was written by someone without the audit key");
        }
        if (entry.keyed() && key.isEmpty()) {
            return Optional.of("it is keyed (key " + entry.keyId() + ") and no audit key was given to check it");
        }
        if (entry.keyed() && !key.get().knows(entry.keyId())) {
            return Optional.of("it is keyed with " + entry.keyId() + ", which is not among the audit keys given " + key.get().ids());
        }
        if (!entry.hash().equals(entry.expectedHash(key))) {
            return Optional.of("its content was changed after it was written (hash differs)");
        }
        return Optional.empty();
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), rs.getString("purpose"), rs.getString("outcome"),
                rs.getString("detail"), AuditEntry.parsed(rs.getString("compartments")), rs.getString("key_id"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
