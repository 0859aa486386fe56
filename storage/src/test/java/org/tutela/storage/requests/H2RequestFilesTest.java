package org.tutela.storage.requests;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.storage.StorageConfig;

class H2RequestFilesTest extends RequestFilesContractTest {
    @TempDir
    Path dataDir;

    @Override
    protected StorageConfig freshDatabase() {
        return StorageConfig.Embedded.at(dataDir);
    }
}
