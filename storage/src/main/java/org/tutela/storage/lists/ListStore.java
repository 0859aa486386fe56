package org.tutela.storage.lists;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.tutela.storage.Jdbc;

/**
 * The imported lists in the database: each list's description (JSON, the caller's form) and the text it
 * was imported from. In the embedded database they are encrypted with the file key, like the registry.
 */
public final class ListStore {
    /** One stored list: its id, its description and its source text. */
    public record Stored(String id, String meta, String source) {
    }

    private final DataSource dataSource;

    public ListStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps the list, replacing one of the same id, in one transaction. */
    public void put(Stored list) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM stored_list WHERE id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO stored_list (id, meta, source, imported_at) VALUES (?, ?, ?, ?)")) {
                delete.setString(1, list.id());
                delete.executeUpdate();
                insert.setString(1, list.id());
                insert.setString(2, list.meta());
                insert.setString(3, list.source());
                insert.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        }, "the lists");
    }

    /** Every list's id and description, by id; the sources are read one at a time with {@link #source}. */
    public List<Stored> descriptions() {
        return Jdbc.read(dataSource, c -> {
            List<Stored> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, meta FROM stored_list ORDER BY id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Stored(rs.getString(1), rs.getString(2), ""));
                }
            }
            return out;
        }, "the lists");
    }

    public Optional<String> source(String id) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT source FROM stored_list WHERE id = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        }, "the lists");
    }

    public boolean remove(String id) {
        return Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM stored_list WHERE id = ?")) {
                st.setString(1, id);
                return st.executeUpdate() > 0;
            }
        }, "the lists");
    }
}
