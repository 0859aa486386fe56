package org.tutela.storage.screening;

import org.tutela.storage.StorageConfig;
import org.tutela.storage.TestPostgres;

class PostgresScreeningLogTest extends ScreeningLogContractTest {
    @Override
    protected StorageConfig freshDatabase() {
        return TestPostgres.freshSchema();
    }

    @Override
    protected void discard(StorageConfig config) {
        TestPostgres.drop((StorageConfig.Postgres) config);
    }
}
