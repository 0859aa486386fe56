package org.tutela.storage.registry;

import static org.tutela.storage.registry.RegistryDatabase.BY_ID;
import static org.tutela.storage.registry.RegistryDatabase.REVISION_COLUMNS;
import static org.tutela.storage.registry.RegistryDatabase.bind;
import static org.tutela.storage.registry.RegistryDatabase.chunks;
import static org.tutela.storage.registry.RegistryDatabase.kinds;
import static org.tutela.storage.registry.RegistryDatabase.marks;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordQuery;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Revision;
import org.tutela.core.registry.StateIncidents;

/**
 * The registry in a SQL database (H2 or PostgreSQL, same SQL). Reads of the current state are answered
 * here from the derived tables ({@code record_current}, {@code record_field}, {@code record_reference},
 * {@code record_key}); writes append revisions through {@link RevisionWriter}, which rewrites those tables
 * in the same transaction.
 *
 * <p>{@link CommitParticipant}s write in the same transaction (the change feed, from which the name
 * index and standing screening follow the registry on their own threads). Writes from this process
 * are serialised, so listeners hear of commits in commit order and transaction times only increase. Writers in other processes (several servers on one PostgreSQL)
 * are kept apart by row locks and the revision key: the loser gets a {@link org.tutela.core.registry.RevisionConflictException}.
 */
public final class JdbcRegistry implements Registry, ScopedIncidents {
    /** Longer field values are not indexed: an exact search on a long text is no use, and index entries are bounded. */
    public static final int MAX_SEARCHABLE_VALUE = 500;

    private final RegistryDatabase db;
    private final RevisionWriter writer;

    public JdbcRegistry(DataSource dataSource) {
        this.db = new RegistryDatabase(dataSource);
        this.writer = new RevisionWriter(db);
    }

    // ---- reads

    @Override
    public Optional<RegistryRecord> get(RecordId id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, body FROM record_current WHERE record_id = ?")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(db.record(rs.getString(1), rs.getString(2))) : Optional.<RegistryRecord>empty();
                }
            }
        });
    }

    @Override
    public <T extends RegistryRecord> List<T> all(Class<T> type) {
        List<String> kinds = kinds(type);
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<RegistryRecord> records = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT kind, body FROM record_current WHERE kind IN (" + marks(kinds.size()) + ")")) {
                bind(ps, 1, kinds);
                return db.records(ps);
            }
        });
        return records.stream().sorted(BY_ID).map(type::cast).toList();
    }

    @Override
    public List<RegistryRecord> referencing(RecordId id) {
        List<RegistryRecord> records = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.kind, c.body FROM record_reference r"
                    + " JOIN record_current c ON c.record_id = r.from_id WHERE r.to_id = ?")) {
                ps.setString(1, id.value());
                return db.records(ps);
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
        List<RegistryRecord> records = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.kind, c.body FROM record_reference r"
                    + " JOIN record_current c ON c.record_id = r.from_id WHERE r.to_id = ? AND c.kind IN (" + marks(kinds.size()) + ")")) {
                ps.setString(1, id.value());
                bind(ps, 2, kinds);
                return db.records(ps);
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
        List<String[]> rows = db.read(c -> RecordKeys.find(c, kinds, keys));
        return rows.stream().map(row -> db.record(row[1], row[2])).sorted(BY_ID).map(type::cast).toList();
    }

    /** Answered from the keys' index: only the latest few incidents are read (see {@link KeyedIncidents}). */
    @Override
    public StateIncidents.Tally incidents(StateIncidents query) {
        return incidents(query, RecordScope.WHOLE);
    }

    @Override
    public StateIncidents.Tally incidents(StateIncidents query, RecordScope scope) {
        return db.read(c -> KeyedIncidents.answer(c, query, scope, KeyedIncidents.CURRENT, db::record));
    }

    @Override
    public List<Revision> history(RecordId id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(REVISION_COLUMNS + " WHERE record_id = ? ORDER BY revision")) {
                ps.setString(1, id.value());
                return db.revisions(ps);
            }
        });
    }

    @Override
    public Optional<RegistryRecord> asRecordedAt(RecordId id, Instant at) {
        List<Revision> latest = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(REVISION_COLUMNS
                    + " WHERE record_id = ? AND recorded_at <= ? ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, id.value());
                ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                return db.revisions(ps);
            }
        });
        return latest.stream().findFirst().flatMap(Revision::state);
    }

    /**
     * The registry as recorded by {@code at}, asked question by question from the revisions and the tables
     * beside them (V130), never read whole: see {@link RecordedView}.
     */
    @Override
    public RegistryView asRecordedAt(Instant at) {
        return new RecordedView(db, at);
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
            params.add("%" + RegistryDatabase.searchable(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        });
        for (Map.Entry<String, String> field : new TreeMap<>(query.fields()).entrySet()) {
            String value = RegistryDatabase.searchable(field.getValue());
            if (value.length() > MAX_SEARCHABLE_VALUE) {
                throw new InvalidRecordException("fields." + field.getKey(),
                        "values longer than " + MAX_SEARCHABLE_VALUE + " characters cannot be searched");
            }
            sql.append(" AND EXISTS (SELECT 1 FROM record_field f WHERE f.record_id = c.record_id AND f.path = ? AND f.field_value = ?)");
            params.add(field.getKey());
            params.add(value);
        }
        List<String> ids = db.read(c -> {
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
        List<RegistryRecord> records = db.read(c -> {
            List<RegistryRecord> out = new ArrayList<>();
            for (List<String> chunk : chunks(page)) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT kind, body FROM record_current WHERE record_id IN (" + marks(chunk.size()) + ")")) {
                    bind(ps, 1, chunk);
                    out.addAll(db.records(ps));
                }
            }
            return out;
        });
        return records.stream().sorted(BY_ID).toList();
    }

    @Override
    public long count(Optional<RecordKind> kind) {
        return db.read(c -> {
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

    // ---- writes (RevisionWriter)

    @Override
    public Revision save(RegistryRecord record, int expectedRevision, Change change) {
        return save(record, expectedRevision, change, CommitParticipant.NONE);
    }

    /** {@link #save(RegistryRecord, int, Change)} with {@code first} run in its transaction before the participants of every write. */
    public Revision save(RegistryRecord record, int expectedRevision, Change change, CommitParticipant first) {
        return writer.save(record, expectedRevision, change, first);
    }

    @Override
    public List<Revision> saveAll(List<? extends RegistryRecord> records, Change change) {
        return saveAll(records, change, CommitParticipant.NONE);
    }

    /** {@link #saveAll(List, Change)} with {@code first} run in its transaction before the participants of every write. */
    public List<Revision> saveAll(List<? extends RegistryRecord> records, Change change, CommitParticipant first) {
        return writer.saveAll(records, change, first);
    }

    @Override
    public Revision retract(RecordId id, Change change) {
        return writer.retract(id, change);
    }

    @Override
    public void onChange(RegistryListener listener) {
        writer.onChange(listener);
    }

    /** Adds a participant that writes in every registry transaction (see {@link CommitParticipant}). */
    public void participate(CommitParticipant participant) {
        writer.participate(participant);
    }

    /**
     * Runs {@code work} with every read of this registry on this thread on one connection, taken from the
     * pool once: a screening makes some fifty small reads, each of which otherwise takes a connection of its
     * own and gives it back. Writes keep their own transactions. Nested calls use the outer connection.
     */
    public <T> T onOneConnection(java.util.function.Supplier<T> work) {
        return db.onOneConnection(work);
    }
}
