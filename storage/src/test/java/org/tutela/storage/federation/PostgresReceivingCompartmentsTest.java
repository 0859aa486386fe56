package org.tutela.storage.federation;

import org.tutela.storage.StorageConfig;
import org.tutela.storage.TestPostgres;

class PostgresReceivingCompartmentsTest extends ReceivingCompartmentsContractTest {
    @Override
    protected StorageConfig freshDatabase() {
        return TestPostgres.freshSchema();
    }

    @Override
    protected void discard(StorageConfig config) {
        TestPostgres.drop((StorageConfig.Postgres) config);
    }
}
