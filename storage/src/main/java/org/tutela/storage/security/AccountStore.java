package org.tutela.storage.security;

import org.tutela.storage.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

/** User accounts, their compartments and recovery codes, over JDBC. Checks of names and roles are the caller's. */
public final class AccountStore {
    private final DataSource dataSource;

    public AccountStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates an account; fails if the name is taken. */
    public void create(String name, String passwordHash, String role, Collection<String> compartments) {
        inTransaction(c -> {
            if (exists(c, name)) {
                throw new IllegalArgumentException("a user named '" + name + "' exists already");
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO app_user (name, password_hash, role, totp_secret, "
                    + "failed_attempts, locked_until, session_epoch, created_at) VALUES (?, ?, ?, NULL, 0, NULL, 1, ?)")) {
                st.setString(1, name);
                st.setString(2, passwordHash);
                st.setString(3, role);
                st.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                st.executeUpdate();
            }
            for (String compartment : compartments) {
                addCompartment(c, name, compartment);
            }
            return null;
        });
    }

    public Optional<Account> find(String name) {
        return inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM app_user WHERE name = ?")) {
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(account(c, rs)) : Optional.<Account>empty();
                }
            }
        });
    }

    public List<Account> all() {
        return inTransaction(c -> {
            List<Account> accounts = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM app_user ORDER BY name"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    accounts.add(account(c, rs));
                }
            }
            return accounts;
        });
    }

    public boolean any() {
        return inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM app_user"); ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    /** A new role voids the user's open sessions, so that no session keeps the old one's rights. */
    public void setRole(String name, String role) {
        update(name, "UPDATE app_user SET role = ?, session_epoch = session_epoch + 1 WHERE name = ?", role);
    }

    public void setPassword(String name, String passwordHash) {
        update(name, "UPDATE app_user SET password_hash = ?, session_epoch = session_epoch + 1, failed_attempts = 0, "
                + "locked_until = NULL WHERE name = ?", passwordHash);
    }

    /** "Log out everywhere": every session opened before this call is refused from now on. */
    public void endSessions(String name) {
        update(name, "UPDATE app_user SET session_epoch = session_epoch + 1 WHERE name = ?");
    }

    public void recordFailure(String name, int failedAttempts, Optional<Instant> lockedUntil) {
        inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE name = ?")) {
                st.setInt(1, failedAttempts);
                st.setObject(2, lockedUntil.map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null));
                st.setString(3, name);
                st.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Takes a TOTP time step for the account if it is later than the last one taken: false when that step
     * (or a later one) was used already, by this server or another sharing the database. One conditional
     * UPDATE, so two logins racing with the same code cannot both win.
     */
    public boolean takeTotpStep(String name, long step) {
        return inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE app_user SET totp_last_step = ? WHERE name = ? "
                    + "AND (totp_last_step IS NULL OR totp_last_step < ?)")) {
                st.setLong(1, step);
                st.setString(2, name);
                st.setLong(3, step);
                return st.executeUpdate() > 0;
            }
        });
    }

    /** Disables or enables the account; either way its sessions end. */
    public void setDisabled(String name, boolean disabled) {
        inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE app_user SET disabled = ?, session_epoch = session_epoch + 1 WHERE name = ?")) {
                st.setBoolean(1, disabled);
                st.setString(2, name);
                if (st.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no user named '" + name + "'");
                }
            }
            return null;
        });
    }

    public void recordSuccess(String name) {
        update(name, "UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE name = ?");
    }

    public void grant(String name, String compartment) {
        inTransaction(c -> {
            requireExists(c, name);
            if (!account(c, name).compartments().contains(compartment)) {
                addCompartment(c, name, compartment);
                bump(c, name);
            }
            return null;
        });
    }

    public void revoke(String name, String compartment) {
        inTransaction(c -> {
            requireExists(c, name);
            try (PreparedStatement st = c.prepareStatement("DELETE FROM user_compartment WHERE user_name = ? AND compartment = ?")) {
                st.setString(1, name);
                st.setString(2, compartment);
                st.executeUpdate();
            }
            bump(c, name);
            return null;
        });
    }

    /** Enrols a second factor: the secret and the hashes of fresh recovery codes replace any earlier ones. */
    public void enrolSecondFactor(String name, String totpSecret, List<String> recoveryCodeHashes) {
        inTransaction(c -> {
            requireExists(c, name);
            try (PreparedStatement st = c.prepareStatement("UPDATE app_user SET totp_secret = ?, totp_last_step = NULL WHERE name = ?")) {
                st.setString(1, totpSecret);
                st.setString(2, name);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM user_recovery_code WHERE user_name = ?")) {
                st.setString(1, name);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO user_recovery_code (user_name, code_hash) VALUES (?, ?)")) {
                for (String hash : recoveryCodeHashes) {
                    st.setString(1, name);
                    st.setString(2, hash);
                    st.addBatch();
                }
                st.executeBatch();
            }
            bump(c, name);
            return null;
        });
    }

    public List<String> recoveryCodeHashes(String name) {
        return inTransaction(c -> {
            List<String> hashes = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT code_hash FROM user_recovery_code WHERE user_name = ?")) {
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        hashes.add(rs.getString(1));
                    }
                }
            }
            return hashes;
        });
    }

    /** Uses up a recovery code; false if it was already used (by a concurrent login, say). */
    public boolean useRecoveryCode(String name, String codeHash) {
        return inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM user_recovery_code WHERE user_name = ? AND code_hash = ?")) {
                st.setString(1, name);
                st.setString(2, codeHash);
                return st.executeUpdate() > 0;
            }
        });
    }

    private void update(String name, String sql, String... values) {
        inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int i = 1;
                for (String value : values) {
                    st.setString(i++, value);
                }
                st.setString(i, name);
                if (st.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no user named '" + name + "'");
                }
            }
            return null;
        });
    }

    private static void bump(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE app_user SET session_epoch = session_epoch + 1 WHERE name = ?")) {
            st.setString(1, name);
            st.executeUpdate();
        }
    }

    private static void addCompartment(Connection c, String name, String compartment) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO user_compartment (user_name, compartment) VALUES (?, ?)")) {
            st.setString(1, name);
            st.setString(2, compartment);
            st.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM app_user WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void requireExists(Connection c, String name) throws SQLException {
        if (!exists(c, name)) {
            throw new IllegalArgumentException("no user named '" + name + "'");
        }
    }

    private static Account account(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM app_user WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return account(c, rs);
            }
        }
    }

    private static Account account(Connection c, ResultSet rs) throws SQLException {
        String name = rs.getString("name");
        TreeSet<String> compartments = new TreeSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT compartment FROM user_compartment WHERE user_name = ?")) {
            st.setString(1, name);
            try (ResultSet crs = st.executeQuery()) {
                while (crs.next()) {
                    compartments.add(crs.getString(1));
                }
            }
        }
        return new Account(name, rs.getString("password_hash"), rs.getString("role"), Optional.ofNullable(rs.getString("totp_secret")),
                rs.getInt("failed_attempts"), Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                rs.getInt("session_epoch"), compartments, rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getLong("totp_last_step"), rs.getBoolean("disabled"));
    }

    private <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, "the user accounts");
    }

}
