package org.tutela.storage.registry;

import static org.tutela.storage.registry.RegistryDatabase.bind;
import static org.tutela.storage.registry.RegistryDatabase.chunks;
import static org.tutela.storage.registry.RegistryDatabase.marks;
import static org.tutela.storage.registry.RegistryDatabase.require;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.MissingReferenceException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordInUseException;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.Registry.RegistryListener;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Revision;
import org.tutela.core.registry.RevisionConflictException;
import org.tutela.storage.StorageException;

/**
 * The registry's writes: each appends revisions to {@code record_revision} and, in the same transaction,
 * rewrites the derived tables that reads use ({@code record_current}, {@code record_field},
 * {@code record_reference}, {@code record_key}), then runs the {@link CommitParticipant}s. Writes from this
 * process are serialised, so listeners hear of commits in commit order and transaction times only increase;
 * writers in other processes are kept apart by row locks and the revision key.
 */
final class RevisionWriter {
    private static final int MAX_PATH = 200;
    private static final int SAVE_ATTEMPTS = 5;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcRegistry.class);

    private final RegistryDatabase db;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();
    private final List<CommitParticipant> participants = new CopyOnWriteArrayList<>();
    private Instant lastRecordedAt; // guarded by writeLock

    RevisionWriter(RegistryDatabase db) {
        this.db = db;
    }

    Revision save(RegistryRecord record, int expectedRevision, Change change, CommitParticipant first) {
        if (expectedRevision < 0) {
            throw new IllegalArgumentException("expectedRevision must be 0 (new record) or more, not " + expectedRevision);
        }
        return write(List.of(record), Optional.of(expectedRevision), change, first).get(0);
    }

    List<Revision> saveAll(List<? extends RegistryRecord> records, Change change, CommitParticipant first) {
        return write(records, Optional.empty(), change, first);
    }

    Revision retract(RecordId id, Change change) {
        require(id, "id");
        require(change, "change");
        writeLock.lock();
        try {
            Map<RecordId, Latest> seen = new HashMap<>();
            Revision revision;
            try {
                revision = db.inTransaction(c -> retractOnce(c, id, change, seen));
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

    void onChange(RegistryListener listener) {
        listeners.add(require(listener, "listener"));
    }

    void participate(CommitParticipant participant) {
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
            return db.inTransaction(c -> {
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
        Map<RecordId, Latest> now = db.read(c -> latest(c, seen.keySet()));
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
                    ps.setString(4, db.json().write(r.state().get()));
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
        RevisionIndex.insertRevisions(c, revisions);
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
                current.setString(4, RegistryDatabase.searchable(record.label()));
                current.setString(5, db.json().write(record));
                current.addBatch();
            }
            current.executeBatch();
            for (Revision r : revisions) {
                RegistryRecord record = r.state().orElseThrow();
                for (Map.Entry<String, List<String>> entry : db.json().fields(record).entrySet()) {
                    if (entry.getKey().length() > MAX_PATH) {
                        continue;
                    }
                    Set<String> values = entry.getValue().stream().map(RegistryDatabase::searchable)
                            .filter(v -> v.length() <= JdbcRegistry.MAX_SEARCHABLE_VALUE).collect(Collectors.toCollection(TreeSet::new));
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

    private record Latest(int revision, Optional<RecordKind> kind) {
        static final Latest NONE = new Latest(0, Optional.empty());
    }
}
