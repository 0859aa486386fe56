package org.tutela.storage.registry;

import org.tutela.storage.StorageConfig;
import org.tutela.storage.TestPostgres;

/** {@link StateIncidentsContractTest} on PostgreSQL, in a new schema for each test; skipped when no server answers. */
class PostgresStateIncidentsTest extends StateIncidentsContractTest {

    @Override
    protected StorageConfig freshDatabase() {
        return TestPostgres.freshSchema();
    }

    @Override
    protected void discard(StorageConfig config) {
        TestPostgres.drop((StorageConfig.Postgres) config);
    }
}
