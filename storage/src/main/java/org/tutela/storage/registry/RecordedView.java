package org.tutela.storage.registry;

import static org.tutela.storage.registry.RegistryDatabase.BY_ID;
import static org.tutela.storage.registry.RegistryDatabase.bind;
import static org.tutela.storage.registry.RegistryDatabase.kinds;
import static org.tutela.storage.registry.RegistryDatabase.marks;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.StateIncidents;

/**
 * The registry as it had been recorded by an instant (what "as known on a day" reads): each record in its
 * latest revision recorded by then, none recorded later, none retracted by then. Every question is asked of
 * the database, as the current state's are: by id from {@code record_revision}, by referrer from
 * {@code revision_reference}, by key and a state's count of incidents from {@code revision_key} (V130), each
 * row kept only when it belongs to the latest revision of its record recorded by the instant (the revisions'
 * index on record and time, V100). What it costs depends on what is asked, not on the registry's size.
 *
 * <p>Revisions are never changed and transaction time only moves forward, so an instant in the past has one
 * answer whenever it is asked; an instant still to come sees writes made meanwhile, as the current state does.
 */
final class RecordedView implements ScopedIncidents {
    private static final int KEY_CHUNK = 200;

    private final RegistryDatabase db;
    private final OffsetDateTime at;
    /** {@code revision_key} of the latest revisions recorded by the instant, their references and bodies. */
    private final KeyedIncidents.Tables tables;

    RecordedView(RegistryDatabase db, Instant at) {
        this.db = db;
        this.at = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        this.tables = new KeyedIncidents.Tables(
                " FROM revision_key k JOIN record_revision v ON v.record_id = k.record_id AND v.revision = k.revision", "record_revision",
                "SELECT 1 FROM revision_reference r WHERE r.record_id = k.record_id AND r.revision = k.revision AND r.to_id IN (",
                latest("v"), List.of(this.at, this.at));
    }

    /**
     * The condition, starting with AND, that revision row {@code v} is the latest of its record recorded by the
     * instant and is no retraction; binds the instant twice, with {@link #bindAt}.
     */
    private static String latest(String v) {
        return " AND " + v + ".recorded_at <= ? AND NOT " + v + ".retracted AND " + v + ".revision = (SELECT MAX(x.revision)"
                + " FROM record_revision x WHERE x.record_id = " + v + ".record_id AND x.recorded_at <= ?)";
    }

    private int bindAt(PreparedStatement ps, int index) throws SQLException {
        ps.setObject(index, at);
        ps.setObject(index + 1, at);
        return index + 2;
    }

    @Override
    public Optional<RegistryRecord> get(RecordId id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT v.kind, v.body FROM record_revision v WHERE v.record_id = ?"
                    + latest("v"))) {
                ps.setString(1, id.value());
                bindAt(ps, 2);
                return db.records(ps).stream().findFirst();
            }
        });
    }

    /** Every record of the kind: the one question whose answer grows with the registry, as it does for the current state. */
    @Override
    public <T extends RegistryRecord> List<T> all(Class<T> type) {
        List<String> kinds = kinds(type);
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<RegistryRecord> records = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT v.kind, v.body FROM record_revision v WHERE v.kind IN ("
                    + marks(kinds.size()) + ")" + latest("v"))) {
                bind(ps, 1, kinds);
                bindAt(ps, 1 + kinds.size());
                return db.records(ps);
            }
        });
        return records.stream().sorted(BY_ID).map(type::cast).toList();
    }

    @Override
    public List<RegistryRecord> referencing(RecordId id) {
        return referencing(id, RegistryRecord.class);
    }

    @Override
    public <T extends RegistryRecord> List<T> referencing(RecordId id, Class<T> type) {
        List<String> kinds = kinds(type);
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<RegistryRecord> records = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT v.kind, v.body FROM revision_reference r"
                    + " JOIN record_revision v ON v.record_id = r.record_id AND v.revision = r.revision"
                    + " WHERE r.to_id = ? AND v.kind IN (" + marks(kinds.size()) + ")" + latest("v"))) {
                ps.setString(1, id.value());
                bind(ps, 2, kinds);
                bindAt(ps, 2 + kinds.size());
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
        List<RecordKey> all = List.copyOf(keys);
        Map<RecordId, RegistryRecord> found = db.read(c -> {
            // a record with several of the keys comes once per key: kept once
            Map<RecordId, RegistryRecord> out = new LinkedHashMap<>();
            for (int i = 0; i < all.size(); i += KEY_CHUNK) {
                List<RecordKey> chunk = all.subList(i, Math.min(all.size(), i + KEY_CHUNK));
                String pairs = String.join(" OR ", Collections.nCopies(chunk.size(), "(k.key_name = ? AND k.key_value = ?)"));
                try (PreparedStatement ps = c.prepareStatement("SELECT v.kind, v.body FROM revision_key k"
                        + " JOIN record_revision v ON v.record_id = k.record_id AND v.revision = k.revision"
                        + " WHERE (" + pairs + ") AND v.kind IN (" + marks(kinds.size()) + ")" + latest("v"))) {
                    int p = 1;
                    for (RecordKey key : chunk) {
                        ps.setString(p++, key.name());
                        ps.setString(p++, key.value());
                    }
                    bind(ps, p, kinds);
                    bindAt(ps, p + kinds.size());
                    db.records(ps).forEach(r -> out.putIfAbsent(r.id(), r));
                }
            }
            return out;
        });
        return found.values().stream().sorted(BY_ID).map(type::cast).toList();
    }

    @Override
    public StateIncidents.Tally incidents(StateIncidents query) {
        return incidents(query, RecordScope.WHOLE);
    }

    /** Answered from {@code revision_key} as {@link KeyedIncidents} answers the current state from {@code record_key}. */
    @Override
    public StateIncidents.Tally incidents(StateIncidents query, RecordScope scope) {
        return db.read(c -> KeyedIncidents.answer(c, query, scope, tables, db::record));
    }
}
