package org.tutela.storage.security;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

class H2AuditChainTest extends AuditChainContractTest {
    @TempDir
    Path dir;
    Storage storage;

    @BeforeEach
    void open() {
        storage = Storage.open(StorageConfig.Embedded.at(dir));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Override
    Storage storage() {
        return storage;
    }
}
