package org.tutela.storage.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.tutela.storage.Jdbc;

/** API access tokens over JDBC, found by the hash of the token. Checks of roles, owners and lifetimes are the caller's. */
public final class TokenStore {
    private final DataSource dataSource;

    public TokenStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void create(StoredToken token, String tokenHash) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO api_token (id, owner, token_hash, role, label, created_at, "
                    + "expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)")) {
                st.setString(1, token.id());
                st.setString(2, token.owner());
                st.setString(3, tokenHash);
                st.setString(4, token.role());
                st.setString(5, token.label());
                st.setObject(6, token.createdAt().atOffset(ZoneOffset.UTC));
                st.setObject(7, token.expiresAt().atOffset(ZoneOffset.UTC));
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO api_token_compartment (token_id, compartment) VALUES (?, ?)")) {
                for (String compartment : new TreeSet<>(token.compartments())) {
                    st.setString(1, token.id());
                    st.setString(2, compartment);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        }, "the access tokens");
    }

    public Optional<StoredToken> findByHash(String tokenHash) {
        return Jdbc.read(dataSource, c -> one(c, "SELECT * FROM api_token WHERE token_hash = ?", tokenHash), "the access tokens");
    }

    public Optional<StoredToken> find(String id) {
        return Jdbc.read(dataSource, c -> one(c, "SELECT * FROM api_token WHERE id = ?", id), "the access tokens");
    }

    /** The owner's tokens, newest first, revoked and expired ones included. */
    public List<StoredToken> ofOwner(String owner) {
        return Jdbc.read(dataSource, c -> {
            List<StoredToken> tokens = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM api_token WHERE owner = ? ORDER BY created_at DESC, id")) {
                st.setString(1, owner);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        tokens.add(token(c, rs));
                    }
                }
            }
            return tokens;
        }, "the access tokens");
    }

    /** Marks the token revoked; false if there is no such live token. */
    public boolean revoke(String id, Instant at) {
        return Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                st.setObject(1, at.atOffset(ZoneOffset.UTC));
                st.setString(2, id);
                return st.executeUpdate() > 0;
            }
        }, "the access tokens");
    }

    private static Optional<StoredToken> one(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, value);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(token(c, rs)) : Optional.empty();
            }
        }
    }

    private static StoredToken token(Connection c, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        TreeSet<String> compartments = new TreeSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT compartment FROM api_token_compartment WHERE token_id = ?")) {
            st.setString(1, id);
            try (ResultSet crs = st.executeQuery()) {
                while (crs.next()) {
                    compartments.add(crs.getString(1));
                }
            }
        }
        return new StoredToken(id, rs.getString("owner"), rs.getString("role"), compartments, rs.getString("label"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("revoked_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }
}
