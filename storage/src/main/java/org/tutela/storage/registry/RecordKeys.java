package org.tutela.storage.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RegistryRecord;

/** The {@code record_key} table (V51, dates V120): each current record's {@link RecordKey}s with its dates, written beside it and asked by key. */
public final class RecordKeys {
    private static final int CHUNK = 200;

    private RecordKeys() {
    }

    /** Writes the keys of {@code records}, whose rows in {@code record_current} are already written. */
    public static void insert(Connection c, Collection<? extends RegistryRecord> records) throws SQLException {
        insert(c, records, true);
    }

    /**
     * {@link #insert}, with the records' dates (V120) or, for the migration that fills the table before the
     * dates' columns exist (V52), without them: V121 fills them after.
     */
    public static void insert(Connection c, Collection<? extends RegistryRecord> records, boolean withDates) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(withDates
                ? "INSERT INTO record_key (record_id, key_name, key_value, event_date, known_from) VALUES (?, ?, ?, ?, ?)"
                : "INSERT INTO record_key (record_id, key_name, key_value) VALUES (?, ?, ?)")) {
            int n = 0;
            for (RegistryRecord record : records) {
                for (RecordKey key : RecordKey.of(record)) {
                    ps.setString(1, record.id().value());
                    ps.setString(2, key.name());
                    ps.setString(3, key.value());
                    if (withDates) {
                        // the dates an as-of question compares, so that it is answered from the keys alone
                        setDate(ps, 4, earliest(record.eventDate()));
                        setDate(ps, 5, earliest(record.provenance().validFrom()));
                    }
                    ps.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                ps.executeBatch();
            }
        }
    }

    /**
     * The first day an approximate date may be: what an as-of question compares (a record counts as of a day
     * when it may have come by then); none for no date or one open towards the past.
     */
    public static java.util.Optional<java.time.LocalDate> earliest(java.util.Optional<org.tutela.core.registry.ApproximateDate> date) {
        return date.map(org.tutela.core.registry.ApproximateDate::earliest).filter(d -> !d.equals(java.time.LocalDate.MIN));
    }

    static void setDate(PreparedStatement ps, int index, java.util.Optional<java.time.LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            ps.setObject(index, date.get());
        } else {
            ps.setNull(index, java.sql.Types.DATE);
        }
    }

    /** The kinds and bodies of current records of {@code kinds} having any of {@code keys}. */
    static List<String[]> find(Connection c, List<String> kinds, Collection<RecordKey> keys) throws SQLException {
        List<String[]> out = new ArrayList<>();
        List<RecordKey> all = List.copyOf(keys);
        String kindMarks = String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"));
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<RecordKey> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            String pairs = String.join(" OR ", java.util.Collections.nCopies(chunk.size(), "(k.key_name = ? AND k.key_value = ?)"));
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT c.record_id, c.kind, c.body FROM record_key k"
                    + " JOIN record_current c ON c.record_id = k.record_id WHERE (" + pairs + ") AND c.kind IN (" + kindMarks + ")")) {
                int p = 1;
                for (RecordKey key : chunk) {
                    ps.setString(p++, key.name());
                    ps.setString(p++, key.value());
                }
                for (String kind : kinds) {
                    ps.setString(p++, kind);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
        }
        return out;
    }
}
