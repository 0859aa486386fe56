package org.tutela.app;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.tutela.core.feed.ChangeFeed;
import org.tutela.core.feed.FeedConsumer;
import org.tutela.core.feed.FeedEntry;
import org.tutela.core.feed.FeedFollower;
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
import org.tutela.storage.security.AccountStore;
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
    private final StandingScreening standing;
    private final List<FeedFollower> followers = new ArrayList<>();
    private final org.tutela.app.security.ApiTokens tokens;
    private final RequestDesk requests;

    private Tutela(Settings settings, Storage storage, NameIndex index) {
        this.settings = settings;
        this.storage = storage;
        this.index = index;
        this.search = new NameSearch(index);
        this.lists = new ListLibrary(settings.dataDir().resolve("lists"), index);
        this.compartments = new RecordCompartments(storage.dataSource());
        // screenings of a stored request, standing or on demand, read the registry as the request's owner sees it
        OwnerView owners = (request, registry) -> CompartmentView.ownerOf(request.id(), registry, compartments);
        Screening engine = new Screening(RulePack.standard(), PersonResolver.recordedThen(new NameResolver(search)));
        this.standing = new StandingScreening(engine, storage.screeningLog(), storage.registry(), Clock.systemUTC(), owners);
        this.screening = new ScreeningDesk(engine, storage.registry(), storage.screeningLog(), owners);
        this.feed = storage.changeFeed();
        this.audit = new AuditTrail(new AuditLog(storage.dataSource()));
        AccountStore accountStore = new AccountStore(storage.dataSource());
        this.accounts = new Accounts(accountStore, audit, Clock.systemUTC());
        this.tokens = new org.tutela.app.security.ApiTokens(new org.tutela.storage.security.TokenStore(storage.dataSource()), accountStore,
                audit, Clock.systemUTC());
        audit.watch(storage.registry());
        this.requests = new RequestDesk(storage.requestFiles(), new DeskAssignments(storage.dataSource()), screening, audit, Clock.systemUTC());
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
        Storage storage = Storage.open(config);
        NameIndex index;
        try {
            index = NameIndex.open(settings.dataDir().resolve("index"));
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        Tutela tutela = new Tutela(settings, storage, index);
        try {
            tutela.follow(ServerId.of(settings.dataDir()));
        } catch (RuntimeException e) {
            tutela.close();
            throw e;
        }
        return tutela;
    }

    /**
     * Starts the change feed's consumers: this server's name index (caught up before the server answers,
     * or rebuilt when it is new) and standing screening, which one server of the cluster runs at a time.
     * Neither runs on the writer's thread: a failure of theirs is retried, shown at
     * {@code /api/operations/feed}, and never undoes or delays a write.
     */
    private void follow(ServerId server) {
        FeedFollower.Pace pace = FeedFollower.Pace.standard();
        String indexConsumer = INDEX_CONSUMER + "/" + server.value();
        if (index.registryNeedsRebuild()) {
            long head = feed.head(); // read first: changes made during the rebuild are handled again, harmlessly
            rebuildIndex();
            feed.reset(indexConsumer, head);
        }
        FeedFollower indexFollower = new FeedFollower(feed, indexConsumer, changes -> keepIndexInStep(
                changes.stream().map(FeedEntry::revision).toList()), FeedConsumer.Scope.EACH_SERVER, server.value(), pace);
        if (!indexFollower.catchUp()) {
            LOG.error("the name index could not catch up with the registry at start ({}); searches may miss recent changes"
                    + " until it does", indexFollower.lastError().orElse("unknown error"));
        }
        followers.add(indexFollower.start());
        followers.add(new FeedFollower(feed, SCREENING_CONSUMER, standing, FeedConsumer.Scope.ONE_SERVER,
                server.instance(), pace).start());
    }

    /**
     * Waits until every consumer has handled every change committed before the call (on this server, or
     * on whichever server holds a leased consumer's lease): what a test or a one-shot command does before
     * it reads what the consumers derive.
     *
     * @throws IllegalStateException naming the consumer and its last error, when {@code timeout} passes first
     */
    public void awaitConsumers(Duration timeout) {
        long head = feed.head();
        for (FeedFollower follower : followers) {
            try {
                if (!follower.awaitPosition(head, timeout)) {
                    throw new IllegalStateException("the change feed's consumer " + follower.name() + " has not reached position "
                            + head + " after " + timeout + (follower.lastError().map(e -> "; last error: " + e).orElse("")));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + follower.name(), e);
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
        List<Person> persons = storage.registry().all(Person.class);
        index.rebuild(persons);
        lists.reindexAll();
        LOG.info("name index rebuilt: {} persons, {} lists", persons.size(), lists.all().size());
    }

    /** The last state of each record a batch of changes touched: a later revision of the same person wins. */
    private void keepIndexInStep(List<Revision> revisions) {
        java.util.Map<org.tutela.core.registry.RecordId, Optional<Person>> last = new java.util.LinkedHashMap<>();
        for (Revision revision : revisions) {
            if (revision.kind() == org.tutela.core.registry.RecordKind.PERSON) {
                last.put(revision.id(), revision.state().filter(Person.class::isInstance).map(Person.class::cast));
            }
        }
        List<Person> persons = last.values().stream().flatMap(Optional::stream).toList();
        List<org.tutela.core.registry.RecordId> removed = last.entrySet().stream()
                .filter(e -> e.getValue().isEmpty()).map(java.util.Map.Entry::getKey).toList();
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
        try {
            if (!followers.isEmpty()) {
                // a one-shot command's changes reach the index and the standing screening before it exits
                try {
                    awaitConsumers(Duration.ofSeconds(30));
                } catch (RuntimeException e) {
                    LOG.warn("closing before the change feed's consumers caught up ({}); they resume at the next start", e.getMessage());
                }
                followers.forEach(FeedFollower::close);
            }
            index.close();
        } finally {
            storage.close();
        }
    }
}
