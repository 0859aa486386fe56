package org.tutela.storage.registry;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.storage.StorageConfig;

/** {@link StateIncidentsContractTest} on an embedded H2 file. */
class H2StateIncidentsTest extends StateIncidentsContractTest {
    @TempDir
    Path dataDir;

    @Override
    protected StorageConfig freshDatabase() {
        return StorageConfig.Embedded.at(dataDir);
    }
}
