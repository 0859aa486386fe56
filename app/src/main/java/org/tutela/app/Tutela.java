package org.tutela.app;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
        this.screening = new ScreeningDesk(engine, storage.registry(), storage.screeningLog(), owners);
        storage.registry().onChange(this::keepIndexInStep);
        storage.registry().onChange(new StandingScreening(engine, storage.screeningLog(), storage.registry(), Clock.systemUTC(), owners));
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
        if (index.registryNeedsRebuild()) {
            tutela.rebuildIndex();
        }
        return tutela;
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
        try {
            index.close();
        } finally {
            storage.close();
        }
    }
}
