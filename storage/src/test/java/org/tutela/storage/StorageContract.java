package org.tutela.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every storage contract test shares: a fresh database of one kind for each test, opened (and so
 * migrated) before it and discarded after. A contract states only what it tests; each of its runs only says
 * which database ({@link #database()}). Set-up of a contract's own runs after this one's.
 */
public abstract class StorageContract {
    /** The databases a contract runs on. */
    public enum Database {
        /** An embedded H2 file in a new folder for each test. */
        H2,
        /** A new schema on the test server for each test, dropped after it; skipped when no server answers ({@link TestPostgres}). */
        POSTGRES
    }

    @TempDir
    Path databaseDir;

    /** The database of this test, to open it again (a restart, a second server). */
    protected StorageConfig config;
    protected Storage storage;

    /** Which database this run of the contract uses. */
    protected abstract Database database();

    protected Storage storage() {
        return storage;
    }

    @BeforeEach
    final void openFreshDatabase() {
        config = switch (database()) {
            case H2 -> StorageConfig.Embedded.at(databaseDir);
            case POSTGRES -> TestPostgres.freshSchema();
        };
        storage = Storage.open(config);
    }

    @AfterEach
    final void closeAndDiscard() {
        // both null when the database was not there (no PostgreSQL server: the test is skipped)
        try {
            if (storage != null) {
                storage.close();
            }
        } finally {
            if (config instanceof StorageConfig.Postgres postgres) {
                TestPostgres.drop(postgres);
            }
        }
    }
}
