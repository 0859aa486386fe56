package org.tutela.storage.screening;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.storage.StorageConfig;

class H2ScreeningLogTest extends ScreeningLogContractTest {
    @TempDir
    Path dataDir;

    @Override
    protected StorageConfig freshDatabase() {
        return StorageConfig.Embedded.at(dataDir);
    }
}
