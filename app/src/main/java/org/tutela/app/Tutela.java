package org.tutela.app;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.tutela.app.security.Accounts;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.Caller;
import org.tutela.app.security.CompartmentRegistry;
import org.tutela.core.registry.Registry;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;
import org.tutela.storage.security.AccountStore;
import org.tutela.storage.security.AuditLog;
import org.tutela.storage.security.RecordCompartments;

/**
 * The composition root: opens the storage and wires the registry, the name index and the screening
 * around it. The command line and the web server both start from here; nothing else creates adapters.
 */
public final class Tutela implements AutoCloseable {
    private final Settings settings;
    private final Storage storage;
    private final AuditTrail audit;
    private final Accounts accounts;
    private final RecordCompartments compartments;

    private Tutela(Settings settings, Storage storage) {
        this.settings = settings;
        this.storage = storage;
        this.audit = new AuditTrail(new AuditLog(storage.dataSource()));
        this.accounts = new Accounts(new AccountStore(storage.dataSource()), audit, Clock.systemUTC());
        this.compartments = new RecordCompartments(storage.dataSource());
        audit.watch(storage.registry());
    }

    public static Tutela open(Settings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the data directory " + settings.dataDir() + ": " + e.getMessage(), e);
        }
        StorageConfig config = settings.postgres()
                .<StorageConfig>map(pg -> new StorageConfig.Postgres(pg.url(), pg.user(), pg.password(), Optional.empty()))
                .orElseGet(() -> settings.fileKey().map(StorageConfig.Embedded.at(settings.dataDir())::encryptedWith)
                        .orElseGet(() -> StorageConfig.Embedded.at(settings.dataDir())));
        return new Tutela(settings, Storage.open(config));
    }

    public Settings settings() {
        return settings;
    }

    /** The whole registry, unfiltered: for the command line and the server's own parts, never for a web request. */
    public Registry registry() {
        return storage.registry();
    }

    /** The registry as one caller may see and change it (see {@link CompartmentRegistry}); what the web server hands out. */
    public Registry registryFor(Supplier<Optional<Caller>> caller) {
        return new CompartmentRegistry(storage.registry(), compartments, audit, caller);
    }

    public Accounts accounts() {
        return accounts;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** Which compartment each record belongs to. */
    public RecordCompartments compartments() {
        return compartments;
    }

    @Override
    public void close() {
        storage.close();
    }
}
