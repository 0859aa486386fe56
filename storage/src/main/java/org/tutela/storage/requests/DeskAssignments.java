package org.tutela.storage.requests;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import javax.sql.DataSource;
import org.tutela.core.requests.DeskFunction;
import org.tutela.storage.Jdbc;

/** Which desk each reviewer acts from (V61), kept beside the accounts so that roles stay as they are. */
public final class DeskAssignments {
    private final DataSource dataSource;

    public DeskAssignments(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<DeskFunction> of(String user) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT desk_function FROM user_desk_function WHERE user_name = ?")) {
                ps.setString(1, user);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(DeskFunction.valueOf(rs.getString(1))) : Optional.<DeskFunction>empty();
                }
            }
        }, "the desk of " + user);
    }

    /** Sets or (with empty) removes the user's desk; the account must exist. */
    public void set(String user, Optional<DeskFunction> function) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_desk_function WHERE user_name = ?")) {
                ps.setString(1, user);
                ps.executeUpdate();
            }
            if (function.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_desk_function (user_name, desk_function) VALUES (?, ?)")) {
                    ps.setString(1, user);
                    ps.setString(2, function.get().name());
                    ps.executeUpdate();
                }
            }
            return null;
        }, "the desk of " + user);
    }
}
