package org.tutela.storage.registry;

import org.tutela.storage.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.MissingReferenceException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordInUseException;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.RecordQuery;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Revision;
import org.tutela.core.registry.StateIncidents;
import org.tutela.core.registry.RevisionConflictException;
import org.tutela.json.RecordJson;
import org.tutela.storage.StorageException;

/**
 * The registry in a SQL database (H2 or PostgreSQL, same SQL). Each write appends revisions to
 * {@code record_revision} and, in the same transaction, rewrites the derived tables that reads use:
 * {@code record_current}, {@code record_field} and {@code record_reference}.
 *
 * <p>{@link CommitParticipant}s write in the same transaction (the change feed, from which the name
 * index and standing screening follow the registry on their own threads). Writes from this process
 * are serialised, so listeners hear of commits in commit order and transaction times only increase. Writers in other processes (several servers on one PostgreSQL)
 * are kept apart by row locks and the revision key: the loser gets a {@link RevisionConflictException}.
 */
public final class JdbcRegistry implements Registry {
    /** Longer field values are not indexed: an exact search on a long text is no use, and index entries are bounded. */
    public static final int MAX_SEARCHABLE_VALUE = 500;
    private static final int MAX_PATH = 200;
    private static final int CHUNK = 500;
    private static final int SAVE_ATTEMPTS = 5;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcRegistry.class);

    private final DataSource dataSource;
    private final RecordJson json = new RecordJson();
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();
    private final List<CommitParticipant> participants = new CopyOnWriteArrayList<>();
    /** The connection reads of this thread use while {@link #onOneConnection} runs. */
    private final ThreadLocal<Connection> reading = new ThreadLocal<>();
    private Instant lastRecordedAt; // guarded by writeLock

    public JdbcRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // ---- reads

    @Override
    public Optional<RegistryRecord> get(RecordId id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, body FROM record_current WHERE record_id = ?")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(record(rs.getString(1), rs.getString(2))) : Optional.<RegistryRecord>empty();
                }
            }
        });
    }

    @Override
    public <T extends RegistryRecord> List<T> all(Class<T> type) {
        List<String> kinds = Arrays.stream(RecordKind.values())
                .filter(k -> type.isAssignableFrom(k.type())).map(RecordKind::slug).toList();
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<RegistryRecord> records = read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT kind, body FROM record_current WHERE kind IN (" + marks(kinds.size()) + ")")) {
                bind(ps, 1, kinds);
                return records(ps);
            }
        });
        return records.stream().sorted(BY_ID).map(type::cast).toList();
    }

    @Override
    public List<RegistryRecord> referencing(RecordId id) {
        List<RegistryRecord> records = read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.kind, c.body FROM record_reference r"
                    + " JOIN record_current c ON c.record_id = r.from_id WHERE r.to_id = ?")) {
                ps.setString(1, id.value());
                return records(ps);
            }
        });
        return records.stream().sorted(BY_ID).toList();
    }

    @Override
    public <T extends RegistryRecord> List<T> referencing(RecordId id, Class<T> type) {
        List<String> kinds = kinds(type);
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<RegistryRecord> records = read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.kind, c.body FROM record_reference r"
                    + " JOIN record_current c ON c.record_id = r.from_id WHERE r.to_id = ? AND c.kind IN (" + marks(kinds.size()) + ")")) {
                ps.setString(1, id.value());
                bind(ps, 2, kinds);
                return records(ps);
            }
        });
        return records.stream().sorted(BY_ID).map(type::cast).toList();
    }

    @Override
    public <T extends RegistryRecord> List<T> withAnyKey(Class<T> type, Collection<RecordKey> keys) {
        List<String> kinds = kinds(type);
        if (kinds.isEmpty() || keys.isEmpty()) {
            return List.of();
        }
        List<String[]> rows = read(c -> RecordKeys.find(c, kinds, keys));
        return rows.stream().map(row -> record(row[1], row[2])).sorted(BY_ID).map(type::cast).toList();
    }

    /** Answered from the keys' index: only the latest few incidents are read (see {@link KeyedIncidents}). */
    @Override
    public StateIncidents.Tally incidents(StateIncidents query) {
        return incidents(query, RecordScope.WHOLE);
    }

    /** {@link #incidents(StateIncidents)} counting only the records of {@code scope}: how compartment views ask. */
    public StateIncidents.Tally incidents(StateIncidents query, RecordScope scope) {
        return read(c -> KeyedIncidents.answer(c, query, scope, this::record));
    }

    private static List<String> kinds(Class<? extends RegistryRecord> type) {
        return Arrays.stream(RecordKind.values()).filter(k -> type.isAssignableFrom(k.type())).map(RecordKind::slug).toList();
    }

    @Override
    public List<Revision> history(RecordId id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(REVISION_COLUMNS + " WHERE record_id = ? ORDER BY revision")) {
                ps.setString(1, id.value());
                return revisions(ps);
            }
        });
    }

    @Override
    public Optional<RegistryRecord> asRecordedAt(RecordId id, Instant at) {
        List<Revision> latest = read(c -> {
            try (PreparedStatement ps = c.prepareStatement(REVISION_COLUMNS
                    + " WHERE record_id = ? AND recorded_at <= ? ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, id.value());
                ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                return revisions(ps);
            }
        });
        return latest.stream().findFirst().flatMap(Revision::state);
    }

    /**
     * Reads, in one query, the latest revision of every record recorded by {@code at} (the revisions'
     * {@code recorded_at} index, V100), and holds them in memory for the screening or page that asked: the
     * registry's derived tables (references, keys) hold only the current state, so an earlier state is read
     * whole from the revisions.
     */
    @Override
    public RegistryView asRecordedAt(Instant at) {
        List<RegistryRecord> records = read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.kind, r.body FROM record_revision r"
                    + " WHERE r.recorded_at <= ? AND NOT r.retracted AND r.revision = (SELECT MAX(x.revision) FROM record_revision x"
                    + " WHERE x.record_id = r.record_id AND x.recorded_at <= ?)")) {
                OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
                ps.setObject(1, when);
                ps.setObject(2, when);
                return records(ps);
            }
        });
        return RecordSet.of(records.stream().sorted(BY_ID).toList());
    }

    @Override
    public List<RegistryRecord> find(RecordQuery query) {
        StringBuilder sql = new StringBuilder("SELECT c.record_id FROM record_current c WHERE 1 = 1");
        List<String> params = new ArrayList<>();
        query.kind().ifPresent(kind -> {
            sql.append(" AND c.kind = ?");
            params.add(kind.slug());
        });
        query.text().ifPresent(text -> {
            sql.append(" AND c.label_lower LIKE ? ESCAPE '\\'");
            params.add("%" + searchable(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        });
        for (Map.Entry<String, String> field : new TreeMap<>(query.fields()).entrySet()) {
            String value = searchable(field.getValue());
            if (value.length() > MAX_SEARCHABLE_VALUE) {
                throw new InvalidRecordException("fields." + field.getKey(),
                        "values longer than " + MAX_SEARCHABLE_VALUE + " characters cannot be searched");
            }
            sql.append(" AND EXISTS (SELECT 1 FROM record_field f WHERE f.record_id = c.record_id AND f.path = ? AND f.field_value = ?)");
            params.add(field.getKey());
            params.add(value);
        }
        List<String> ids = read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(ps, 1, params);
                List<String> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
                return found;
            }
        });
        // sorted here, not in SQL: the databases' collations differ, RecordId's order does not
        List<String> page = ids.stream().sorted().skip(query.offset()).limit(query.limit()).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        List<RegistryRecord> records = read(c -> {
            List<RegistryRecord> out = new ArrayList<>();
            for (List<String> chunk : chunks(page)) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT kind, body FROM record_current WHERE record_id IN (" + marks(chunk.size()) + ")")) {
                    bind(ps, 1, chunk);
                    out.addAll(records(ps));
                }
            }
            return out;
        });
        return records.stream().sorted(BY_ID).toList();
    }

    @Override
    public long count(Optional<RecordKind> kind) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM record_current"
                    + (kind.isPresent() ? " WHERE kind = ?" : ""))) {
                if (kind.isPresent()) {
                    ps.setString(1, kind.get().slug());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    // ---- writes

    @Override
    public Revision save(RegistryRecord record, int expectedRevision, Change change) {
        return save(record, expectedRevision, change, CommitParticipant.NONE);
    }

    /** {@link #save(RegistryRecord, int, Change)} with {@code first} run in its transaction before the participants of every write. */
    public Revision save(RegistryRecord record, int expectedRevision, Change change, CommitParticipant first) {
        if (expectedRevision < 0) {
            throw new IllegalArgumentException("expectedRevision must be 0 (new record) or more, not " + expectedRevision);
        }
        return write(List.of(record), Optional.of(expectedRevision), change, first).get(0);
    }

    @Override
    public List<Revision> saveAll(List<? extends RegistryRecord> records, Change change) {
        return saveAll(records, change, CommitParticipant.NONE);
    }

    /** {@link #saveAll(List, Change)} with {@code first} run in its transaction before the participants of every write. */
    public List<Revision> saveAll(List<? extends RegistryRecord> records, Change change, CommitParticipant first) {
        return write(records, Optional.empty(), change, first);
    }

    @Override
    public Revision retract(RecordId id, Change change) {
        require(id, "id");
        require(change, "change");
        writeLock.lock();
        try {
            Map<RecordId, Latest> seen = new HashMap<>();
            Revision revision;
            try {
                revision = inTransaction(c -> retractOnce(c, id, change, seen));
            } catch (StorageException e) {
                throw conflictOr(e, seen);
            }
            announce(List.of(revision));
            return revision;
        } finally {
            writeLock.unlock();
        }
    }

    private Revision retractOnce(Connection c, RecordId id, Change change, Map<RecordId, Latest> seen) throws SQLException {
        String kind;
        int current;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, revision FROM record_current WHERE record_id = ? FOR UPDATE")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new RecordNotFoundException(id);
                }
                kind = rs.getString(1);
                current = rs.getInt(2);
                seen.put(id, new Latest(current, RecordKind.fromSlug(kind)));
            }
        }
        List<RecordId> referrers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT from_id FROM record_reference WHERE to_id = ? AND from_id <> ?")) {
            ps.setString(1, id.value());
            ps.setString(2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    referrers.add(RecordId.of(rs.getString(1)));
                }
            }
        }
        if (!referrers.isEmpty()) {
            Collections.sort(referrers);
            throw new RecordInUseException(id, referrers);
        }
        Revision retraction = new Revision(id, RecordKind.fromSlug(kind).orElseThrow(), current + 1,
                nextRecordedAt(c), change.author(), change.reason(), Optional.empty());
        insertRevisions(c, List.of(retraction));
        deleteCurrent(c, List.of(id));
        runSteps(c, CommitParticipant.NONE, List.of(retraction));
        return retraction;
    }

    @Override
    public void onChange(RegistryListener listener) {
        listeners.add(require(listener, "listener"));
    }

    /** Adds a participant that writes in every registry transaction (see {@link CommitParticipant}). */
    public void participate(CommitParticipant participant) {
        participants.add(require(participant, "participant"));
    }

    private List<Revision> write(List<? extends RegistryRecord> records, Optional<Integer> expected, Change change, CommitParticipant first) {
        require(records, "records");
        require(change, "change");
        Set<RecordId> ids = new LinkedHashSet<>();
        for (int i = 0; i < records.size(); i++) {
            RegistryRecord record = require(records.get(i), "records[" + i + "]");
            if (!ids.add(record.id())) {
                throw new InvalidRecordException("records[" + i + "].id", record.id() + " appears twice in the batch");
            }
        }
        if (records.isEmpty()) {
            return List.of();
        }
        writeLock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    List<Revision> revisions = writeOnce(records, ids, expected, change, first);
                    announce(revisions);
                    return revisions;
                } catch (RevisionConflictException e) {
                    // without an expected revision the caller asked for "the latest", which another server just moved
                    if (expected.isPresent() || attempt == SAVE_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    private List<Revision> writeOnce(List<? extends RegistryRecord> records, Set<RecordId> ids, Optional<Integer> expected,
                                     Change change, CommitParticipant first) {
        Map<RecordId, Latest> seen = new HashMap<>();
        try {
            return inTransaction(c -> {
                seen.putAll(latest(c, ids));
                List<Revision> out = new ArrayList<>();
                Instant at = null;
                for (RegistryRecord record : records) {
                    Latest latest = seen.getOrDefault(record.id(), Latest.NONE);
                    if (expected.isPresent() && expected.get() != latest.revision()) {
                        throw new RevisionConflictException(record.id(), expected.get(), latest.revision());
                    }
                    if (latest.kind().isPresent() && latest.kind().get() != record.kind()) {
                        throw new InvalidRecordException("kind", record.id() + " is a " + latest.kind().get().slug()
                                + " and cannot become a " + record.kind().slug());
                    }
                    at = at == null ? nextRecordedAt(c) : at;
                    out.add(new Revision(record.id(), record.kind(), latest.revision() + 1, at,
                            change.author(), change.reason(), Optional.of(record)));
                }
                checkReferences(c, records, ids);
                insertRevisions(c, out);
                deleteCurrent(c, ids);
                insertCurrent(c, out);
                runSteps(c, first, out);
                return out;
            });
        } catch (StorageException e) {
            throw conflictOr(e, seen);
        }
    }

    /** Another process saved one of the records meanwhile: say which, as an optimistic write would. */
    private RuntimeException conflictOr(StorageException e, Map<RecordId, Latest> seen) {
        if (!(e.getCause() instanceof SQLException sql) || !UNIQUE_VIOLATION.equals(sql.getSQLState()) || seen.isEmpty()) {
            return e;
        }
        Map<RecordId, Latest> now = read(c -> latest(c, seen.keySet()));
        for (Map.Entry<RecordId, Latest> before : seen.entrySet()) {
            int actual = now.getOrDefault(before.getKey(), Latest.NONE).revision();
            if (actual != before.getValue().revision()) {
                return new RevisionConflictException(before.getKey(), before.getValue().revision(), actual);
            }
        }
        return e;
    }

    private void checkReferences(Connection c, List<? extends RegistryRecord> records, Set<RecordId> batch) throws SQLException {
        Set<String> outside = new TreeSet<>();
        records.forEach(r -> r.referencedIds().stream().filter(id -> !batch.contains(id)).forEach(id -> outside.add(id.value())));
        Set<String> existing = new HashSet<>();
        for (List<String> chunk : chunks(List.copyOf(outside))) {
            // FOR UPDATE holds the cited records until commit, so no other process retracts them meanwhile
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT record_id FROM record_current WHERE record_id IN (" + marks(chunk.size()) + ") FOR UPDATE")) {
                bind(ps, 1, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        existing.add(rs.getString(1));
                    }
                }
            }
        }
        for (RegistryRecord record : records) {
            for (RecordId ref : new TreeSet<>(record.referencedIds())) {
                if (!batch.contains(ref) && !existing.contains(ref.value())) {
                    throw new MissingReferenceException(record.id(), ref);
                }
            }
        }
    }

    private void insertRevisions(Connection c, List<Revision> revisions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO record_revision"
                + " (record_id, revision, kind, body, retracted, recorded_at, recorded_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Revision r : revisions) {
                ps.setString(1, r.id().value());
                ps.setInt(2, r.number());
                ps.setString(3, r.kind().slug());
                if (r.state().isPresent()) {
                    ps.setString(4, json.write(r.state().get()));
                } else {
                    ps.setNull(4, Types.VARCHAR);
                }
                ps.setBoolean(5, r.retracted());
                ps.setObject(6, OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
                ps.setString(7, r.recordedBy());
                ps.setString(8, r.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void deleteCurrent(Connection c, Collection<RecordId> ids) throws SQLException {
        // record_field and record_reference rows go with it (ON DELETE CASCADE)
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM record_current WHERE record_id = ?")) {
            for (RecordId id : ids) {
                ps.setString(1, id.value());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertCurrent(Connection c, List<Revision> revisions) throws SQLException {
        try (PreparedStatement current = c.prepareStatement(
                "INSERT INTO record_current (record_id, kind, revision, label_lower, body) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement field = c.prepareStatement(
                     "INSERT INTO record_field (record_id, path, field_value) VALUES (?, ?, ?)");
             PreparedStatement reference = c.prepareStatement(
                     "INSERT INTO record_reference (from_id, to_id) VALUES (?, ?)")) {
            for (Revision r : revisions) {
                RegistryRecord record = r.state().orElseThrow();
                current.setString(1, r.id().value());
                current.setString(2, r.kind().slug());
                current.setInt(3, r.number());
                current.setString(4, searchable(record.label()));
                current.setString(5, json.write(record));
                current.addBatch();
            }
            current.executeBatch();
            for (Revision r : revisions) {
                RegistryRecord record = r.state().orElseThrow();
                for (Map.Entry<String, List<String>> entry : json.fields(record).entrySet()) {
                    if (entry.getKey().length() > MAX_PATH) {
                        continue;
                    }
                    Set<String> values = entry.getValue().stream().map(JdbcRegistry::searchable)
                            .filter(v -> v.length() <= MAX_SEARCHABLE_VALUE).collect(Collectors.toCollection(TreeSet::new));
                    for (String value : values) {
                        field.setString(1, r.id().value());
                        field.setString(2, entry.getKey());
                        field.setString(3, value);
                        field.addBatch();
                    }
                }
                for (RecordId to : new TreeSet<>(record.referencedIds())) {
                    reference.setString(1, r.id().value());
                    reference.setString(2, to.value());
                    reference.addBatch();
                }
            }
            field.executeBatch();
            reference.executeBatch();
        }
        RecordKeys.insert(c, revisions.stream().map(r -> r.state().orElseThrow()).toList());
    }

    /** The latest revision of each record, retracted or not; absent for records never saved. */
    private Map<RecordId, Latest> latest(Connection c, Collection<RecordId> ids) throws SQLException {
        Map<RecordId, Latest> out = new HashMap<>();
        for (List<String> chunk : chunks(ids.stream().map(RecordId::value).toList())) {
            try (PreparedStatement ps = c.prepareStatement("SELECT record_id, MAX(revision), MAX(kind) FROM record_revision"
                    + " WHERE record_id IN (" + marks(chunk.size()) + ") GROUP BY record_id")) {
                bind(ps, 1, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(RecordId.of(rs.getString(1)), new Latest(rs.getInt(2), RecordKind.fromSlug(rs.getString(3))));
                    }
                }
            }
        }
        return out;
    }

    /** Transaction time only moves forward, so that "as recorded at" has one answer per instant. */
    private Instant nextRecordedAt(Connection c) throws SQLException {
        if (lastRecordedAt == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(recorded_at) FROM record_revision");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                OffsetDateTime max = rs.getObject(1, OffsetDateTime.class);
                lastRecordedAt = max == null ? Instant.EPOCH : max.toInstant();
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        lastRecordedAt = now.isAfter(lastRecordedAt) ? now : lastRecordedAt.plus(1, ChronoUnit.MICROS);
        return lastRecordedAt;
    }

    /** Runs the write's own participant first (a new record's compartment), then those of every write in the order added. */
    private void runSteps(Connection c, CommitParticipant first, List<Revision> revisions) throws SQLException {
        first.beforeCommit(c, revisions);
        for (CommitParticipant participant : participants) {
            participant.beforeCommit(c, revisions);
        }
    }

    private void announce(List<Revision> revisions) {
        for (RegistryListener listener : listeners) {
            try {
                listener.committed(revisions);
            } catch (RuntimeException e) {
                // the write is committed whatever a listener does; one failing listener must not starve the others
                LOG.error("registry listener {} failed on {} revision(s)", listener, revisions.size(), e);
            }
        }
    }

    // ---- plumbing

    private record Latest(int revision, Optional<RecordKind> kind) {
        static final Latest NONE = new Latest(0, Optional.empty());
    }

    private static final Comparator<RegistryRecord> BY_ID = Comparator.comparing(RegistryRecord::id);

    private static final String REVISION_COLUMNS =
            "SELECT record_id, revision, kind, body, recorded_at, recorded_by, reason FROM record_revision";

    private <T> T read(Jdbc.Work<T> work) {
        Connection bound = reading.get();
        if (bound == null) {
            return Jdbc.read(dataSource, work, "the registry");
        }
        try {
            return work.run(bound);
        } catch (SQLException e) {
            throw new StorageException("cannot read the registry: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} with every read of this registry on this thread on one connection, taken from the
     * pool once: a screening makes some fifty small reads, each of which otherwise takes a connection of its
     * own and gives it back. Writes keep their own transactions. Nested calls use the outer connection.
     */
    public <T> T onOneConnection(java.util.function.Supplier<T> work) {
        if (reading.get() != null) {
            return work.get();
        }
        try (Connection c = dataSource.getConnection()) {
            reading.set(c);
            try {
                return work.get();
            } finally {
                reading.remove();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the registry: " + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, "to the registry");
    }

    private RegistryRecord record(String kind, String body) {
        return json.readStored(RecordKind.fromSlug(kind)
                .orElseThrow(() -> new StorageException("unknown kind '" + kind + "' in the database", null)), body);
    }

    private List<RegistryRecord> records(PreparedStatement ps) throws SQLException {
        List<RegistryRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(record(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    private List<Revision> revisions(PreparedStatement ps) throws SQLException {
        List<Revision> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String kind = rs.getString(3);
                String body = rs.getString(4);
                out.add(new Revision(RecordId.of(rs.getString(1)), RecordKind.fromSlug(kind).orElseThrow(), rs.getInt(2),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7),
                        body == null ? Optional.empty() : Optional.of(record(kind, body))));
            }
        }
        return out;
    }

    /** What search compares: composed Unicode, lower case by the root locale, on writing and on asking. */
    static String searchable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, int first, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(first + i, values.get(i));
        }
    }

    private static List<List<String>> chunks(List<String> values) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i += CHUNK) {
            out.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
        }
        return out;
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
