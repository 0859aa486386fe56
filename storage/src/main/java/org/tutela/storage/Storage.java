package org.tutela.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.tutela.core.registry.Registry;
import org.tutela.storage.registry.JdbcRegistry;

/**
 * An open database: the connection pool, its schema brought up to date, and the registry on it. Other
 * features add their tables through their own migrations (see the numbering in
 * {@code db/migration}) and use {@link #dataSource()}.
 */
public final class Storage implements AutoCloseable {
    private final StorageConfig config;
    private final HikariDataSource dataSource;
    private final JdbcRegistry registry;

    private Storage(StorageConfig config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.registry = new JdbcRegistry(dataSource);
    }

    /** Opens (creating if needed) the database and migrates it to the current schema. */
    public static Storage open(StorageConfig config) {
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(hikari(config));
        } catch (HikariPool.PoolInitializationException e) {
            throw new StorageException("cannot open the database of " + config + ": " + reason(config, e), e);
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(config instanceof StorageConfig.Postgres pg ? pg.schema().stream().toArray(String[]::new) : new String[0])
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return new Storage(config, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e instanceof StorageException se ? se : new StorageException("cannot migrate the database of " + config + ": " + e.getMessage(), e);
        }
    }

    private static HikariConfig hikari(StorageConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("tutela");
        hikari.setAutoCommit(true);
        if (config instanceof StorageConfig.Embedded embedded) {
            try {
                Files.createDirectories(embedded.dataDir());
            } catch (IOException e) {
                throw new StorageException("cannot create the data directory " + embedded.dataDir(), e);
            }
            hikari.setJdbcUrl(embeddedUrl(embedded));
            hikari.setUsername("tutela");
            // with CIPHER, H2 takes "<file key> <user password>"; the user password adds nothing to a local file
            hikari.setPassword(embedded.fileKey().map(key -> key + " ").orElse(""));
            hikari.setMaximumPoolSize(4);
            // fail at once on a wrong key instead of retrying for the pool's default 30 s
            hikari.setInitializationFailTimeout(1);
        } else if (config instanceof StorageConfig.Postgres pg) {
            hikari.setJdbcUrl(pg.jdbcUrl());
            hikari.setUsername(pg.user());
            hikari.setPassword(pg.password());
            pg.schema().ifPresent(hikari::setSchema);
            hikari.setMaximumPoolSize(8);
        }
        hikari.setConnectionTimeout(10_000);
        return hikari;
    }

    /**
     * WRITE_DELAY=0: H2 (MVStore) otherwise keeps committed changes in memory for up to 500 ms and a
     * killed process loses them; at 0 every commit writes the store before returning. The MVStore's
     * retention time is left at its default so that a half-written last chunk falls back to the previous one.
     */
    static String embeddedUrl(StorageConfig.Embedded embedded) {
        String url = "jdbc:h2:file:" + embedded.dataDir().toAbsolutePath().resolve("tutela")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        return embedded.fileKey().isPresent() ? url + ";CIPHER=AES" : url;
    }

    public StorageConfig config() {
        return config;
    }

    public Registry registry() {
        return registry;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String reason(StorageConfig config, Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (config instanceof StorageConfig.Embedded && cause instanceof SQLException sql
                && (sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1 || sql.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
                || sql.getErrorCode() == ErrorCode.WRONG_PASSWORD_FORMAT || sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1)) {
            return "the file is encrypted with another key, or the key is missing (" + cause.getMessage() + ")";
        }
        return cause.getMessage();
    }
}
