package org.tutela.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.tutela.core.registry.Registry;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/**
 * The composition root: opens the storage and wires the registry, the name index and the screening
 * around it. The command line and the web server both start from here; nothing else creates adapters.
 */
public final class Tutela implements AutoCloseable {
    private final Settings settings;
    private final Storage storage;

    private Tutela(Settings settings, Storage storage) {
        this.settings = settings;
        this.storage = storage;
    }

    public static Tutela open(Settings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the data directory " + settings.dataDir() + ": " + e.getMessage(), e);
        }
        StorageConfig config = settings.postgres()
                .<StorageConfig>map(pg -> new StorageConfig.Postgres(pg.url(), pg.user(), pg.password(), Optional.empty()))
                .orElseGet(() -> StorageConfig.Embedded.at(settings.dataDir()));
        return new Tutela(settings, Storage.open(config));
    }

    public Settings settings() {
        return settings;
    }

    public Registry registry() {
        return storage.registry();
    }

    @Override
    public void close() {
        storage.close();
    }
}
