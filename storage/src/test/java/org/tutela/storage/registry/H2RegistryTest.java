package org.tutela.storage.registry;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.storage.StorageConfig;

/** The registry contract on an embedded H2 file, a new one for each test. */
class H2RegistryTest extends RegistryContractTest {
    @TempDir
    Path dataDir;

    @Override
    protected StorageConfig freshDatabase() {
        return StorageConfig.Embedded.at(dataDir);
    }
}
