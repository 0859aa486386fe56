package org.tutela.storage.requests;

import org.tutela.storage.StorageConfig;
import org.tutela.storage.TestPostgres;

class PostgresRequestFilesTest extends RequestFilesContractTest {
    @Override
    protected StorageConfig freshDatabase() {
        return TestPostgres.freshSchema();
    }

    @Override
    protected void discard(StorageConfig config) {
        TestPostgres.drop((StorageConfig.Postgres) config);
    }
}
