package org.tutela.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import java.util.function.Supplier;
import org.tutela.app.security.Accounts;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.Caller;
import org.tutela.app.security.CompartmentRegistry;
import org.tutela.core.feed.ChangeFeed;
import org.tutela.app.security.CompartmentView;
import org.tutela.app.security.Visibility;
import org.tutela.core.registry.Registry;
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
    /** The change feed's consumers; the name index's is per server, its name followed by the server's id. */
    public static final String INDEX_CONSUMER = "name-index";
    public static final String SCREENING_CONSUMER = "standing-screening";
    public static final String RETENTION_CONSUMER = "feed-retention";
    /** How long the change feed keeps changes every consumer has handled (docs/deployment.md). */
    static final java.time.Duration FEED_KEPT = java.time.Duration.ofDays(30);

    private final Settings settings;
    private final Storage storage;
    private final NameIndex index;
    private final NameSearch search;
    private final ListLibrary lists;
    private final ScreeningDesk screening;
    private final AuditTrail audit;
    private final Accounts accounts;
    private final RecordCompartments compartments;
    private final ChangeFeed feed;
    /** The name index, standing screening and retention, following the change feed. */
    private final FeedConsumers consumers;
    private final org.tutela.app.security.ApiTokens tokens;
    private final RequestDesk requests;
    private final org.tutela.app.federation.Federation federation;
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
        // breaches recorded in requests' files are facts later screenings read (flags 11 and 15), through the owner's view
        Screening engine = new Screening(RulePack.standard(), PersonResolver.recordedThen(new NameResolver(search)))
                .readingBreaches(org.tutela.core.requests.Workflow.breachRecord(storage.requestFiles())
                        // and those federation partners reported, as the owner's view shows their bulletins' records
                        .withReported((states, view) -> federation().readings().reportedBreaches(states, view)))
                // federation partners' protected persons, known by their encodings only (docs/federation.md); made below
                .readingPartners((request, view) -> federation().partnerProtection().of(request, view));
        StandingScreening standing = new StandingScreening(engine, storage.screeningLog(), storage.registry(), Clock.systemUTC(), owners);
        this.screening = new ScreeningDesk(engine, storage.registry(), storage.screeningLog(), owners);
        this.feed = storage.changeFeed();
        this.consumers = new FeedConsumers(feed, index, lists, storage.registry(), standing);
        this.audit = new AuditTrail(auditLog(settings, storage));
        AccountStore accountStore = new AccountStore(storage.dataSource());
        this.accounts = new Accounts(accountStore, audit, Clock.systemUTC());
        this.tokens = new org.tutela.app.security.ApiTokens(new org.tutela.storage.security.TokenStore(storage.dataSource()), accountStore,
                audit, Clock.systemUTC());
        audit.watch(storage.registry());
        this.requests = new RequestDesk(storage.requestFiles(), new DeskAssignments(storage.dataSource()), screening, audit, Clock.systemUTC());
        this.federation = new org.tutela.app.federation.Federation(settings.dataDir(),
                new org.tutela.storage.federation.PartnerRegistry(storage.dataSource()),
                new org.tutela.storage.federation.BulletinLedger(storage.dataSource()), storage.registry(), requests, compartments, Clock.systemUTC());
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
        return open(settings, SearchBackend.resolve(System.getenv()), false);
    }

    /** The same with the name index chosen by the caller (tests, benchmarks) instead of the environment. */
    public static Tutela open(Settings settings, SearchBackend search) {
        return open(settings, search, false);
    }

    /**
     * The same for a one-shot command, which may run beside a server on the same data (the embedded database
     * is then reached through the server process, see {@code Storage}): its name index is its own, followed
     * from a position kept in this process ({@link ProcessPositions}), so that it never moves the server's.
     * Standing screening is leased as on any server: while a server holds it, the command's changes are
     * screened there.
     */
    public static Tutela openForCommand(Settings settings) {
        return open(settings, SearchBackend.resolve(System.getenv()), true);
    }

    private static Tutela open(Settings settings, SearchBackend search, boolean command) {
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
        NameIndex index;
        Tutela tutela;
        try {
            index = search.open();
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
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
            // Lucene's index lives in memory: it is always rebuilt here, then follows the feed; OpenSearch's is kept
            if (search instanceof SearchBackend.OpenSearch shared) {
                tutela.consumers.followShared(ServerId.of(settings.dataDir()), shared.consumer());
            } else {
                tutela.consumers.follow(ServerId.of(settings.dataDir()), command);
            }
        } catch (RuntimeException e) {
            tutela.close();
            throw e;
        }
        return tutela;
    }

    /**
     * Waits until every consumer has handled every change committed before the call (on this server, or
     * on whichever server holds a leased consumer's lease): what a test or a one-shot command does before
     * it reads what the consumers derive.
     *
     * @throws IllegalStateException naming the consumer and its last error, when {@code timeout} passes first
     */
    public void awaitConsumers(Duration timeout) {
        consumers.await(timeout);
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

    /**
     * For a page that shows, right after a write, what the consumers derive from it (read your own
     * writes): waits a few seconds at most, and shows what there is if they take longer.
     */
    public void awaitConsumersBriefly() {
        try {
            awaitConsumers(Duration.ofSeconds(5));
        } catch (IllegalStateException e) {
            LOG.warn("showing a page before the change feed's consumers caught up: {}", e.getMessage());
        }
    }

    /** {@link #awaitConsumers(Duration)} with a minute's patience. */
    public void awaitConsumers() {
        awaitConsumers(Duration.ofMinutes(1));
    }

    /** The registry's change feed, its consumers' positions and the alerts of failing ones. */
    public ChangeFeed changeFeed() {
        return feed;
    }

    /** Rebuilds the name index from the registry's persons and the stored lists. */
    public void rebuildIndex() {
        consumers.rebuildIndex();
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

    /** This installation in the federation: its key, partners, bulletins sent and received (docs/federation.md). */
    public org.tutela.app.federation.Federation federation() {
        return federation;
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
            consumers.close();
            checkpoint();
            index.close();
        } finally {
            storage.close();
        }
    }
}
