package org.tutela.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.tutela.core.registry.Registry;
import org.tutela.storage.feed.JdbcChangeFeed;
import org.tutela.storage.registry.CommitParticipant;
import org.tutela.storage.registry.JdbcRegistry;
import org.tutela.storage.requests.JdbcRequestFiles;
import org.tutela.storage.screening.JdbcScreeningLog;

/**
 * An open database: the connection pool, its schema brought up to date, and the registry on it. Other
 * features add their tables through their own migrations in {@code db/migration} (numbering in
 * {@code V1__registry.sql}) and use {@link #dataSource()}.
 */
public final class Storage implements AutoCloseable {
    /** Older H2 builds can leave a file they cannot reopen after a crash (h2database issue 2752). */
    static final int[] OLDEST_SAFE_H2 = {2, 3, 232};

    private final StorageConfig config;
    private final HikariDataSource dataSource;
    private final JdbcRegistry registry;
    private final JdbcScreeningLog screeningLog;
    private final JdbcChangeFeed changeFeed;
    private final JdbcRequestFiles requestFiles;
    private Optional<LocalServing> serving = Optional.empty();

    private Storage(StorageConfig config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.registry = new JdbcRegistry(dataSource);
        this.screeningLog = new JdbcScreeningLog(dataSource, Clock.systemUTC());
        this.changeFeed = JdbcChangeFeed.attach(registry, dataSource, config instanceof StorageConfig.Postgres);
        this.requestFiles = new JdbcRequestFiles(dataSource, Clock.systemUTC());
    }

    /** Opens (creating if needed) the database and migrates it to the current schema. */
    public static Storage open(StorageConfig config) {
        HikariDataSource dataSource;
        // another process (a server) has the embedded file open: reach it through that process (LocalServing)
        Optional<String> through = config instanceof StorageConfig.Embedded embedded ? LocalServing.runningUrl(embedded) : Optional.empty();
        try {
            HikariConfig pool = pool(config);
            through.ifPresent(pool::setJdbcUrl);
            dataSource = new HikariDataSource(pool);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StorageException("cannot open the database of " + config + ": " + reason(config, e), e);
        }
        try {
            if (config instanceof StorageConfig.Embedded embedded) {
                requireSafeH2(dataSource);
                ownerOnly(embedded);
            }
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(config instanceof StorageConfig.Postgres pg ? pg.schema().stream().toArray(String[]::new) : new String[0])
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            Storage storage = new Storage(config, dataSource);
            if (config instanceof StorageConfig.Embedded embedded && through.isEmpty()) {
                try {
                    storage.serving = Optional.of(LocalServing.start(embedded, embedded.dataDir().toAbsolutePath().resolve("tutela").toString()));
                } catch (RuntimeException e) {
                    storage.close();
                    throw e;
                }
            }
            return storage;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e instanceof StorageException se ? se
                    : new StorageException("cannot bring the database of " + config + " up to date: " + e.getMessage(), e);
        }
    }

    /**
     * H2 creates its files with the process's umask; the directory (0700) already keeps others out, and the
     * files are narrowed to 0600 too, so that a copy of the directory with its modes keeps them private.
     */
    private static void ownerOnly(StorageConfig.Embedded embedded) {
        try (var files = Files.list(embedded.dataDir())) {
            for (java.nio.file.Path file : files.filter(f -> f.getFileName().toString().startsWith("tutela.") && Files.isRegularFile(f)).toList()) {
                PrivateFiles.restrict(file);
            }
        } catch (IOException e) {
            throw new StorageException("cannot make the database files private in " + embedded.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private static HikariConfig pool(StorageConfig config) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("tutela");
        pool.setConnectionTimeout(10_000);
        // fail at once (a wrong key, a server down) rather than retry in the background
        pool.setInitializationFailTimeout(1);
        if (config instanceof StorageConfig.Embedded embedded) {
            try {
                PrivateFiles.createDirectories(embedded.dataDir());
            } catch (IOException e) {
                throw new StorageException("cannot create the data directory " + embedded.dataDir() + ": " + e.getMessage(), e);
            }
            pool.setJdbcUrl(embeddedUrl(embedded));
            pool.setUsername("tutela");
            // with CIPHER, H2 takes "<file key> <user password>"; a user password adds nothing to a local file
            pool.setPassword(embedded.fileKey().map(key -> key + " ").orElse(""));
            pool.setMaximumPoolSize(4);
        } else if (config instanceof StorageConfig.Postgres pg) {
            pool.setJdbcUrl(pg.jdbcUrl());
            pool.setUsername(pg.user());
            pool.setPassword(pg.password());
            pg.schema().ifPresent(pool::setSchema);
            pool.setMaximumPoolSize(8);
        }
        return pool;
    }

    /**
     * WRITE_DELAY=0: by default H2 keeps committed changes in memory for up to 500 ms and a killed
     * process loses them; at 0 every commit writes the store to the file before it returns. This
     * survives the process being killed, not a power cut (H2 does not fsync each commit): where that
     * matters, use PostgreSQL. The MVStore's retention time stays at its default, so that a chunk
     * half-written at a crash falls back to the one before it. AUTO_COMPACT_FILL_RATE=0: the MVStore's
     * background compaction rewrites live chunks while commits go on, and a process killed during it left
     * a file H2 could not reopen ("File corrupted while reading record") in most runs of
     * KilledProcessTest on H2 2.3.232; without it, none in eleven. The file is compacted when closed.
     */
    static String embeddedUrl(StorageConfig.Embedded embedded) {
        String url = "jdbc:h2:file:" + embedded.dataDir().toAbsolutePath().resolve("tutela")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=0";
        return embedded.fileKey().isPresent() ? url + ";CIPHER=AES" : url;
    }

    static {
        // before H2 reads its settings: the server that lets commands reach an open database listens on loopback only
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private static void requireSafeH2(DataSource dataSource) {
        String version;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT H2VERSION()")) {
            rs.next();
            version = rs.getString(1);
        } catch (SQLException e) {
            throw new StorageException("cannot read the H2 version: " + e.getMessage(), e);
        }
        int[] parts = Arrays.stream(version.split("\\D+")).limit(3).mapToInt(Integer::parseInt).toArray();
        if (Arrays.compare(parts, OLDEST_SAFE_H2) < 0) {
            throw new StorageException("H2 " + version + " is on the classpath; the embedded registry needs "
                    + Arrays.toString(OLDEST_SAFE_H2).replaceAll("[\\[\\] ]", "").replace(',', '.')
                    + " or newer, because older builds can leave a file they cannot reopen after a crash."
                    + " Manage com.h2database:h2 to that version.", null);
        }
    }

    private static String reason(StorageConfig config, Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (config instanceof StorageConfig.Embedded embedded && cause instanceof SQLException sql) {
            int code = sql.getErrorCode();
            if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD
                    || code == ErrorCode.WRONG_PASSWORD_FORMAT || code == ErrorCode.FILE_CORRUPTED_1) {
                return embedded.fileKey().isPresent()
                        ? "the file key is wrong, the file is not encrypted, or it is damaged (" + cause.getMessage() + ")"
                        : "the file is encrypted and no key was given, or it is damaged (" + cause.getMessage() + ")";
            }
            if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return "another process has it open (" + cause.getMessage() + ")";
            }
        }
        return cause.getMessage();
    }

    public StorageConfig config() {
        return config;
    }

    /** Screenings and alerts, in the same database. */
    public JdbcScreeningLog screeningLog() {
        return screeningLog;
    }

    /** The requests' workflow files (V60), in the same database. */
    public JdbcRequestFiles requestFiles() {
        return requestFiles;
    }

    public JdbcRegistry registry() {
        return registry;
    }

    /**
     * Adds something to write in every registry transaction, after the change feed's rows (e.g. a change
     * audit entry): it commits with the revisions or not at all.
     */
    public void participate(CommitParticipant participant) {
        registry.participate(participant);
    }

    /** The registry's change feed: what each commit changed, in commit order, and its consumers' positions. */
    public JdbcChangeFeed changeFeed() {
        return changeFeed;
    }

    /** The pool, for other features' tables; every connection sees the same schema as the registry. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        // commands reaching the database through this process lose it first, then the file is closed
        serving.ifPresent(LocalServing::close);
        changeFeed.close();
        dataSource.close();
    }
}
