package org.tutela.storage.registry;

import org.tutela.storage.StorageConfig;
import org.tutela.storage.TestPostgres;

/** The registry contract on PostgreSQL, in a new schema for each test; skipped when no server answers. */
class PostgresRegistryTest extends RegistryContractTest {

    @Override
    protected StorageConfig freshDatabase() {
        return TestPostgres.freshSchema();
    }

    @Override
    protected void discard(StorageConfig config) {
        TestPostgres.drop((StorageConfig.Postgres) config);
    }
}
