package org.tutela.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tutela.app.lists.ListLibrary;
import org.tutela.app.requests.RequestDesk;
import org.tutela.storage.requests.DeskAssignments;
import org.tutela.app.screening.NameResolver;
import org.tutela.app.screening.ScreeningDesk;
import org.tutela.core.registry.Person;
import java.util.Optional;
import java.util.function.Supplier;
import org.tutela.app.security.Accounts;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.Caller;
import org.tutela.app.security.CompartmentRegistry;
import org.tutela.app.security.CompartmentView;
import org.tutela.app.security.Visibility;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.Revision;
import org.tutela.core.screening.OwnerView;
import org.tutela.core.screening.PersonResolver;
import org.tutela.core.screening.RulePack;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.StandingScreening;
import org.tutela.search.NameIndex;
import org.tutela.search.NameSearch;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;
import org.tutela.storage.PrivateFiles;
import org.tutela.storage.lists.ListStore;
import org.tutela.storage.security.AccountStore;
import org.tutela.storage.security.AuditCheckpoints;
import org.tutela.storage.security.AuditKey;
import org.tutela.storage.security.AuditLog;
import org.tutela.storage.security.RecordCompartments;

/**
 * The composition root: opens the storage and the name index and wires the registry, the search, the
 * lists and the screening around them. The command line and the web server both start from here;
 * nothing else creates adapters.
 */
public final class Tutela implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Tutela.class);

    private final Settings settings;
    private final Storage storage;
    private final NameIndex index;
    private final NameSearch search;
    private final ListLibrary lists;
    private final ScreeningDesk screening;
    private final AuditTrail audit;
    private final Accounts accounts;
    private final RecordCompartments compartments;
    private final org.tutela.app.security.ApiTokens tokens;
    private final RequestDesk requests;
    private final ScheduledExecutorService checkpointing;
    /** How often the audit chain's head is signed while Tutela runs; also at every close. */
    private static final long CHECKPOINT_MINUTES = 5;

    private Tutela(Settings settings, Storage storage, NameIndex index) {
        this.settings = settings;
        this.storage = storage;
        this.index = index;
        this.search = new NameSearch(index);
        this.lists = new ListLibrary(new ListStore(storage.dataSource()), index);
        this.compartments = new RecordCompartments(storage.dataSource());
        // screenings of a stored request, standing or on demand, read the registry as the request's owner sees it
        OwnerView owners = (request, registry) -> CompartmentView.ownerOf(request.id(), registry, compartments);
        Screening engine = new Screening(RulePack.standard(), PersonResolver.recordedThen(new NameResolver(search)));
        this.screening = new ScreeningDesk(engine, storage.registry(), storage.screeningLog(), owners);
        storage.registry().onChange(this::keepIndexInStep);
        storage.registry().onChange(new StandingScreening(engine, storage.screeningLog(), storage.registry(), Clock.systemUTC(), owners));
        this.audit = new AuditTrail(auditLog(settings, storage));
        AccountStore accountStore = new AccountStore(storage.dataSource());
        this.accounts = new Accounts(accountStore, audit, Clock.systemUTC());
        this.tokens = new org.tutela.app.security.ApiTokens(new org.tutela.storage.security.TokenStore(storage.dataSource()), accountStore,
                audit, Clock.systemUTC());
        audit.watch(storage.registry());
        this.requests = new RequestDesk(storage.requestFiles(), new DeskAssignments(storage.dataSource()), screening, audit, Clock.systemUTC());
        this.checkpointing = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        checkpointing.scheduleWithFixedDelay(this::checkpoint, CHECKPOINT_MINUTES, CHECKPOINT_MINUTES, TimeUnit.MINUTES);
    }

    /**
     * The audit log, keyed when an audit key is given. Without one the chain is the plain SHA-256 chain of
     * before, which anyone who can write the database can rewrite: said at every start, and refused once the
     * chain is keyed (see README, Security).
     */
    private static AuditLog auditLog(Settings settings, Storage storage) {
        Optional<AuditKey> key = settings.auditKey().map(text -> AuditKey.parse(text, "the audit key"));
        AuditLog log = new AuditLog(storage.dataSource(), key, key.map(k -> new AuditCheckpoints(settings.auditCheckpoints())));
        log.checkKey();
        if (key.isEmpty()) {
            LOG.warn("no audit key (TUTELA_AUDIT_KEY_FILE): the audit chain is not keyed and has no signed checkpoints, so whoever can "
                    + "write the database can rewrite it undetected; make one with `tutela key audit-new`");
        } else if (!log.checkpoints().orElseThrow().exists() && log.head().seq() > 0) {
            LOG.warn("no audit checkpoint file at {}: starting one now; if there was one, it was moved or deleted",
                    log.checkpoints().orElseThrow().file());
        }
        return log;
    }

    /** Signs the audit chain's head into the checkpoint file; a failure is logged and tried again at the next turn. */
    public void checkpoint() {
        try {
            audit.checkpoint();
        } catch (RuntimeException e) {
            LOG.error("cannot write an audit checkpoint", e);
        }
    }

    /**
     * Opens the storage and builds the name index in memory from it: the index holds every person's names,
     * and on disk it would hold them in clear, beside an encrypted database (see docs/BENCHMARKS.md for what
     * the rebuild costs at start). Index files and list files left by earlier versions are moved into the
     * database or deleted.
     */
    public static Tutela open(Settings settings) {
        try {
            PrivateFiles.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the data directory " + settings.dataDir() + ": " + e.getMessage(), e);
        }
        StorageConfig config = settings.postgres()
                .<StorageConfig>map(pg -> new StorageConfig.Postgres(pg.url(), pg.user(), pg.password(), Optional.empty()))
                .orElseGet(() -> settings.fileKey().map(StorageConfig.Embedded.at(settings.dataDir())::encryptedWith)
                        .orElseGet(() -> StorageConfig.Embedded.at(settings.dataDir())));
        Storage storage = Storage.open(config);
        NameIndex index = NameIndex.inMemory();
        Tutela tutela;
        try {
            tutela = new Tutela(settings, storage, index);
        } catch (RuntimeException e) {
            try {
                index.close();
            } finally {
                storage.close();
            }
            throw e;
        }
        try {
            tutela.leaveNothingInClear();
            tutela.rebuildIndex();
        } catch (RuntimeException e) {
            tutela.close();
            throw e;
        }
        return tutela;
    }

    /** Earlier versions kept the index and the lists as clear files in the data directory. */
    private void leaveNothingInClear() {
        int adopted = lists.adoptFiles(settings.dataDir().resolve("lists"));
        if (adopted > 0) {
            LOG.info("moved {} lists from {} into the database and deleted the files", adopted, settings.dataDir().resolve("lists"));
        }
        Path oldIndex = settings.dataDir().resolve("index");
        if (Files.isDirectory(oldIndex)) {
            try (var paths = Files.walk(oldIndex)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
                LOG.info("deleted the name index on disk {}: the index now lives in memory, rebuilt at start", oldIndex);
            } catch (IOException e) {
                throw new IllegalStateException("cannot delete the old name index " + oldIndex + " (it holds names in clear): " + e.getMessage(), e);
            }
        }
    }

    /** Rebuilds the name index from the registry's persons and the stored lists. */
    public void rebuildIndex() {
        List<Person> persons = storage.registry().all(Person.class);
        index.rebuild(persons);
        lists.reindexAll();
        LOG.info("name index rebuilt: {} persons, {} lists", persons.size(), lists.all().size());
    }

    private void keepIndexInStep(List<Revision> revisions) {
        List<Person> persons = new java.util.ArrayList<>();
        List<org.tutela.core.registry.RecordId> removed = new java.util.ArrayList<>();
        for (Revision revision : revisions) {
            revision.state().ifPresentOrElse(state -> {
                if (state instanceof Person person) {
                    persons.add(person);
                }
            }, () -> removed.add(revision.id()));
        }
        index.update(persons, removed);
    }

    public Settings settings() {
        return settings;
    }

    /** The whole registry, unfiltered: for the command line and the server's own parts, never for a web request. */
    public Registry registry() {
        return storage.registry();
    }

    public NameSearch search() {
        return search;
    }

    public ListLibrary lists() {
        return lists;
    }

    public ScreeningDesk screening() {
        return screening;
    }

    /** The registry as one caller may see and change it (see {@link CompartmentRegistry}); what the web server hands out. */
    public Registry registryFor(Supplier<Optional<Caller>> caller) {
        return new CompartmentRegistry(storage.registry(), compartments, audit, caller);
    }

    /** Which records one caller may see, asked without reading them: for showing derived data as its viewer may see it. */
    public Visibility visibilityFor(Supplier<Optional<Caller>> caller) {
        return new Visibility(compartments, caller);
    }

    /** The requests' workflow after screening: files, steps, holds, the disclosure ledger. */
    public RequestDesk requests() {
        return requests;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Access tokens for API clients. */
    public org.tutela.app.security.ApiTokens tokens() {
        return tokens;
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
        checkpointing.shutdownNow();
        try {
            checkpoint();
            index.close();
        } finally {
            storage.close();
        }
    }
}
