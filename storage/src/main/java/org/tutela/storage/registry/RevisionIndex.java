package org.tutela.storage.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Revision;

/**
 * The tables beside {@code record_revision} (V130): each revision's {@link RecordKey}s with the record's dates
 * ({@code revision_key}) and the records it references ({@code revision_reference}), written with the
 * revision and never changed, so that the registry as recorded by an instant ({@link RecordedView}) is asked
 * by key and by referrer as the current state is. A retraction has none.
 */
public final class RevisionIndex {
    /** One revision's number and the record it holds. */
    public record Entry(int revision, RegistryRecord record) {
    }

    private RevisionIndex() {
    }

    /** Writes the keys and references of {@code revisions}, whose rows in {@code record_revision} are already written. */
    static void insertRevisions(Connection c, List<Revision> revisions) throws SQLException {
        insert(c, revisions.stream().filter(r -> r.state().isPresent()).map(r -> new Entry(r.number(), r.state().get())).toList());
    }

    public static void insert(Connection c, Collection<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement key = c.prepareStatement("INSERT INTO revision_key"
                + " (record_id, revision, key_name, key_value, event_date, known_from) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement reference = c.prepareStatement(
                     "INSERT INTO revision_reference (record_id, revision, to_id) VALUES (?, ?, ?)")) {
            int keys = 0;
            int references = 0;
            for (Entry e : entries) {
                String id = e.record().id().value();
                for (RecordKey k : RecordKey.of(e.record())) {
                    key.setString(1, id);
                    key.setInt(2, e.revision());
                    key.setString(3, k.name());
                    key.setString(4, k.value());
                    RecordKeys.setDate(key, 5, RecordKeys.earliest(e.record().eventDate()));
                    RecordKeys.setDate(key, 6, RecordKeys.earliest(e.record().provenance().validFrom()));
                    key.addBatch();
                    keys++;
                }
                for (RecordId to : new TreeSet<>(e.record().referencedIds())) {
                    reference.setString(1, id);
                    reference.setInt(2, e.revision());
                    reference.setString(3, to.value());
                    reference.addBatch();
                    references++;
                }
            }
            if (keys > 0) {
                key.executeBatch();
            }
            if (references > 0) {
                reference.executeBatch();
            }
        }
    }
}
