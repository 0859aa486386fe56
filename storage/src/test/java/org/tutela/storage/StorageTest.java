package org.tutela.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Source;

class StorageTest {
    private static final String MARKER = "PLAINTEXT-MARKER-7731";
    private static final String KEY = "test-key-Zq8pW3vN";
    private static final Source SECRET = new Source(RecordId.of("source-secret"), "Witness statement " + MARKER,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Source.Type.TESTIMONY,
            Source.Reliability.CONFIRMED, Optional.empty(), Provenance.none());

    @TempDir
    Path dir;

    private static void saveSecret(StorageConfig config) {
        try (Storage storage = Storage.open(config)) {
            storage.registry().save(SECRET, Change.by("tester", "a record to look for in the file"));
        }
    }

    private static boolean fileContains(Path file, String text) throws Exception {
        // ISO-8859-1 maps every byte to one char, so searching the string searches the bytes
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void anEncryptedFileHoldsNoReadableTextAndOpensOnlyWithItsKey() throws Exception {
        StorageConfig.Embedded plain = StorageConfig.Embedded.at(dir.resolve("plain"));
        StorageConfig.Embedded encrypted = StorageConfig.Embedded.at(dir.resolve("encrypted")).encryptedWith(KEY);
        saveSecret(plain);
        saveSecret(encrypted);

        assertThat(fileContains(plain.file(), MARKER)).as("the check finds text in a plain file").isTrue();
        assertThat(fileContains(encrypted.file(), MARKER)).as("text in the encrypted file").isFalse();
        assertThat(Files.list(encrypted.dataDir())).allSatisfy(f -> assertThat(fileContains(f, KEY)).isFalse());

        assertThatThrownBy(() -> Storage.open(StorageConfig.Embedded.at(encrypted.dataDir())))
                .isInstanceOf(StorageException.class).hasMessageContaining("encrypted and no key was given");
        assertThatThrownBy(() -> Storage.open(StorageConfig.Embedded.at(encrypted.dataDir()).encryptedWith("another-key")))
                .isInstanceOf(StorageException.class).hasMessageContaining("key is wrong");
        try (Storage storage = Storage.open(encrypted)) {
            assertThat(storage.registry().get(SECRET.id())).contains(SECRET);
        }
    }

    @Test
    void theKeyIsNeverPrinted() {
        StorageConfig.Embedded config = StorageConfig.Embedded.at(dir).encryptedWith(KEY);
        assertThat(config.toString()).doesNotContain(KEY).contains("encrypted=true");
        assertThat(new StorageConfig.Postgres("jdbc:postgresql://localhost/x", "u", "secret-pw", Optional.empty()).toString())
                .doesNotContain("secret-pw");
        assertThatThrownBy(() -> StorageConfig.Embedded.at(dir).encryptedWith("has space"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyEmbeddedCommitIsWrittenAtOnce() throws Exception {
        try (Storage storage = Storage.open(StorageConfig.Embedded.at(dir));
             Connection c = storage.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
        }
    }

    @Test
    void theH2OnTheClasspathIsOneThatReopensAfterACrash() throws Exception {
        try (Storage storage = Storage.open(StorageConfig.Embedded.at(dir));
             Connection c = storage.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT H2VERSION()")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("2.3.");
        }
    }

    @Test
    void postgresTablesLiveInTheConfiguredSchema() throws Exception {
        StorageConfig.Postgres config = TestPostgres.freshSchema();
        try (Storage storage = Storage.open(config)) {
            storage.registry().save(SECRET, Change.by("tester", "schema check"));
            try (Connection c = storage.dataSource().getConnection(); Statement st = c.createStatement()) {
                assertThat(count(st, "SELECT COUNT(*) FROM record_current")).isEqualTo(1);
                assertThat(count(st, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                        + config.schema().orElseThrow() + "' AND table_name IN ('record_revision', 'record_current',"
                        + " 'record_field', 'record_reference', 'flyway_schema_history')")).isEqualTo(5);
                assertThat(count(st, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_name = 'record_revision'")).isZero();
            }
        } finally {
            TestPostgres.drop(config);
        }
    }

    @Test
    void anUnreachableServerIsAClearError() {
        StorageConfig.Postgres nowhere = new StorageConfig.Postgres("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2",
                "nobody", "x", Optional.empty());
        assertThatThrownBy(() -> Storage.open(nowhere)).isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot open the database of Postgres[jdbcUrl=jdbc:postgresql://127.0.0.1:1/none");
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
