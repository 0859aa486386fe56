package org.tutela.storage.security;

import org.tutela.storage.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The compartment each record belongs to, kept beside the registry rather than in the records. A record
 * moves to another compartment by being assigned again.
 */
public final class RecordCompartments {
    private static final int CHUNK = 500;
    private final DataSource dataSource;

    public RecordCompartments(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> of(String recordId) {
        return Optional.ofNullable(of(List.of(recordId)).get(recordId));
    }

    /** The compartment of each of these records that has one. */
    public Map<String, String> of(Collection<String> recordIds) {
        // a read: no transaction of its own (a screening asks this once per new record it reads)
        return Jdbc.read(dataSource, c -> ofIn(c, recordIds), "the compartments of records");
    }

    /** {@link #of(Collection)} in the caller's transaction: what a write is about to commit. */
    public static Map<String, String> ofIn(java.sql.Connection c, Collection<String> recordIds) throws java.sql.SQLException {
        List<String> ids = new ArrayList<>(recordIds);
        Map<String, String> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            {
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement st = c.prepareStatement("SELECT record_id, compartment FROM record_compartment WHERE record_id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        st.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** How many live records (of one kind, given its slug) these compartments hold. */
    public long count(java.util.Set<String> compartments, Optional<String> kind) {
        if (compartments.isEmpty()) {
            return 0;
        }
        List<String> names = new ArrayList<>(compartments);
        return Jdbc.inTransaction(dataSource, c -> {
            String marks = String.join(",", java.util.Collections.nCopies(names.size(), "?"));
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM record_current r JOIN record_compartment rc "
                    + "ON rc.record_id = r.record_id WHERE rc.compartment IN (" + marks + ")" + (kind.isPresent() ? " AND r.kind = ?" : ""))) {
                int i = 1;
                for (String name : names) {
                    st.setString(i++, name);
                }
                if (kind.isPresent()) {
                    st.setString(i, kind.get());
                }
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }, "the compartments of records");
    }

    /** Puts the records in the compartment, moving any that were in another one. */
    public void assign(Collection<String> recordIds, String compartment) {
        Jdbc.inTransaction(dataSource, c -> {
            assignIn(c, recordIds, compartment);
            return null;
        }, "the compartments of records");
    }

    /** {@link #assign} in the caller's transaction: new records get their compartment as they are written. */
    public void assignIn(java.sql.Connection c, Collection<String> recordIds, String compartment) throws java.sql.SQLException {
        {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM record_compartment WHERE record_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO record_compartment (record_id, compartment) VALUES (?, ?)")) {
                for (String id : recordIds) {
                    delete.setString(1, id);
                    delete.executeUpdate();
                    insert.setString(1, id);
                    insert.setString(2, compartment);
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Puts every live record that has no compartment yet into this one; returns how many. */
    public int assignUnassigned(String compartment) {
        return Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO record_compartment (record_id, compartment) "
                    + "SELECT r.record_id, ? FROM record_current r WHERE NOT EXISTS "
                    + "(SELECT 1 FROM record_compartment rc WHERE rc.record_id = r.record_id)")) {
                st.setString(1, compartment);
                return st.executeUpdate();
            }
        }, "the compartments of records");
    }
}
