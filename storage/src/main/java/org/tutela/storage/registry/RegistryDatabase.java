package org.tutela.storage.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Revision;
import org.tutela.json.RecordJson;
import org.tutela.storage.Jdbc;
import org.tutela.storage.StorageException;

/**
 * How the registry's classes reach the database and turn its rows into records: the reads of one thread
 * on one connection while {@link #onOneConnection} runs, the writes in transactions of their own.
 */
final class RegistryDatabase {
    static final int CHUNK = 500;
    static final Comparator<RegistryRecord> BY_ID = Comparator.comparing(RegistryRecord::id);
    static final String REVISION_COLUMNS =
            "SELECT record_id, revision, kind, body, recorded_at, recorded_by, reason FROM record_revision";

    private final DataSource dataSource;
    private final RecordJson json = new RecordJson();
    /** The connection reads of this thread use while {@link #onOneConnection} runs. */
    private final ThreadLocal<Connection> reading = new ThreadLocal<>();

    RegistryDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    RecordJson json() {
        return json;
    }

    <T> T read(Jdbc.Work<T> work) {
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

    /** See {@link JdbcRegistry#onOneConnection}. */
    <T> T onOneConnection(Supplier<T> work) {
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

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, "to the registry");
    }

    RegistryRecord record(String kind, String body) {
        return json.readStored(RecordKind.fromSlug(kind)
                .orElseThrow(() -> new StorageException("unknown kind '" + kind + "' in the database", null)), body);
    }

    /** The records of a query whose first two columns are a kind and a body. */
    List<RegistryRecord> records(PreparedStatement ps) throws SQLException {
        List<RegistryRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(record(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    /** The revisions of a query on {@link #REVISION_COLUMNS}. */
    List<Revision> revisions(PreparedStatement ps) throws SQLException {
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

    /** The kinds' slugs whose records are of {@code type}. */
    static List<String> kinds(Class<? extends RegistryRecord> type) {
        return Arrays.stream(RecordKind.values()).filter(k -> type.isAssignableFrom(k.type())).map(RecordKind::slug).toList();
    }

    /** What search compares: composed Unicode, lower case by the root locale, on writing and on asking. */
    static String searchable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement ps, int first, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(first + i, values.get(i));
        }
    }

    static List<List<String>> chunks(List<String> values) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i += CHUNK) {
            out.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
        }
        return out;
    }

    static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
