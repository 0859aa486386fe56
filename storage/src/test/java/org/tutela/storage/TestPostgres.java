package org.tutela.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests run against, from TUTELA_TEST_PG_URL, TUTELA_TEST_PG_USER and
 * TUTELA_TEST_PG_PASSWORD. Each user gets a fresh schema of its own, dropped afterwards. Without a server
 * the tests are skipped, unless TUTELA_TEST_PG_REQUIRED=true, when they fail.
 */
public final class TestPostgres {
    public static final String URL = env("TUTELA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/tutela_test");
    public static final String USER = env("TUTELA_TEST_PG_USER", "tutela");
    public static final String PASSWORD = env("TUTELA_TEST_PG_PASSWORD", "tutela");
    private static Optional<String> unavailable;

    private TestPostgres() {
    }

    /** Skips the calling test, with the reason, when no server answers. */
    public static synchronized void assumeAvailable() {
        if (unavailable == null) {
            DriverManager.setLoginTimeout(5);
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
                unavailable = Optional.empty();
            } catch (SQLException e) {
                unavailable = Optional.of(e.getMessage());
            }
        }
        if (unavailable.isEmpty()) {
            return;
        }
        String why = "cannot connect to " + URL + " as " + USER + " (" + unavailable.get() + "). Set TUTELA_TEST_PG_URL,"
                + " TUTELA_TEST_PG_USER and TUTELA_TEST_PG_PASSWORD to a server where that role may create schemas.";
        // CI sets this so that a server that failed to start cannot pass for a green build
        if (Boolean.parseBoolean(System.getenv("TUTELA_TEST_PG_REQUIRED"))) {
            throw new IllegalStateException("PostgreSQL is required (TUTELA_TEST_PG_REQUIRED=true) but " + why);
        }
        Assumptions.assumeTrue(false, "PostgreSQL tests skipped: " + why);
    }

    /** A new, empty schema and the configuration that puts the registry in it. */
    public static StorageConfig.Postgres freshSchema() {
        assumeAvailable();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        return new StorageConfig.Postgres(URL, USER, PASSWORD, Optional.of(schema));
    }

    public static void drop(StorageConfig.Postgres config) {
        config.schema().ifPresent(schema -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
