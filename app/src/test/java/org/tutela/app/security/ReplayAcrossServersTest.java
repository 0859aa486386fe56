package org.tutela.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;

/**
 * Two servers sharing one PostgreSQL database: a second-factor code accepted by one is refused by the
 * other, because the last step used is kept in the database, not in a server's memory.
 */
class ReplayAcrossServersTest {
    static final String URL = env("TUTELA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/tutela_test");
    static final String USER = env("TUTELA_TEST_PG_USER", "tutela");
    static final String PASSWORD = env("TUTELA_TEST_PG_PASSWORD", "tutela");
    @TempDir
    Path one;
    @TempDir
    Path two;

    @Test
    void aCodeUsedOnOneServerIsRefusedOnTheOther() throws Exception {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        try {
            Settings.Postgres database = new Settings.Postgres(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER, PASSWORD);
            try (Tutela first = Tutela.open(new Settings(one, Optional.of(database)));
                 Tutela second = Tutela.open(new Settings(two, Optional.of(database)))) {
                first.accounts().add("lea", TestUsers.PASSWORD.toCharArray(), Role.ANALYST, List.of("case-a"), "test");
                String secret = first.accounts().enrolSecondFactor("lea", "test").secret();
                String code = Totp.code(secret, Instant.now());
                assertThat(first.accounts().login("lea", TestUsers.PASSWORD, Optional.of(code), "first"))
                        .isInstanceOf(Accounts.Login.Accepted.class);
                assertThat(second.accounts().login("lea", TestUsers.PASSWORD, Optional.of(code), "second"))
                        .isInstanceOf(Accounts.Login.Refused.class);
                assertThat(second.accounts().login("lea", TestUsers.PASSWORD, Optional.of(Totp.code(secret, Instant.now().plusSeconds(30))), "second"))
                        .isInstanceOf(Accounts.Login.Accepted.class);
            }
        } finally {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    static void execute(String sql) {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            if (Boolean.parseBoolean(System.getenv("TUTELA_TEST_PG_REQUIRED"))) {
                throw new IllegalStateException("PostgreSQL is required (TUTELA_TEST_PG_REQUIRED=true): " + e.getMessage(), e);
            }
            Assumptions.assumeTrue(false, "PostgreSQL test skipped: cannot run '" + sql + "' on " + URL + " as " + USER + " (" + e.getMessage()
                    + "). Set TUTELA_TEST_PG_URL, TUTELA_TEST_PG_USER and TUTELA_TEST_PG_PASSWORD.");
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
