package org.tutela.storage.feed;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.storage.StorageConfig;

/** The change feed contract on an embedded H2 file. */
class H2ChangeFeedTest extends ChangeFeedContractTest {
    @TempDir
    Path dataDir;

    @Override
    protected StorageConfig freshDatabase() {
        return StorageConfig.Embedded.at(dataDir);
    }
}
