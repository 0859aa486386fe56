package org.tutela.storage.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;
import org.tutela.storage.TestPostgres;

class PostgresAuditChainTest extends AuditChainContractTest {
    StorageConfig.Postgres config;
    Storage storage;

    @BeforeEach
    void open() {
        config = TestPostgres.freshSchema();
        storage = Storage.open(config);
    }

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
        }
        if (config != null) {
            TestPostgres.drop(config);
        }
    }

    @Override
    Storage storage() {
        return storage;
    }
}
