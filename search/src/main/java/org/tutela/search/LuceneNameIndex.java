package org.tutela.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.BirthDate;
import org.tutela.core.names.NameAnalyser;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RecordId;

/**
 * The embedded {@link NameIndex}: registry persons in one Lucene index, list entries in another, so that a public
 * search never opens the registry's. Writes are visible to searches at once (near-real-time) and committed to disk
 * before the method returns; retrieval is {@link LuceneCandidates}'. Thread-safe. Close it when the application stops.
 */
public final class LuceneNameIndex implements NameIndex {
    /** The keys' version, see {@link NameDocument#KEYS_VERSION}. */
    public static final String KEYS_VERSION = NameDocument.KEYS_VERSION;
    static final String VERSION_KEY = "tutela.names.keys";

    static final String UID = "uid";
    static final String TYPE = "type";
    static final String LIST = "list";
    static final String PUBLIC = "public";
    static final String KEY = "key";
    static final String GROUP = "group";
    static final String NAME = "name";
    static final String BIRTH = "birth";
    static final String GENDER = "gender";
    static final String NATIONALITY = "nat";
    static final String REFERENCE = "ref";
    static final String URL = "url";
    static final String ENTRY = "entry";
    static final String TITLE = "title";
    static final String PUBLISHER = "publisher";
    static final String DATE = "date";
    /** Doc values: what a search reads of a candidate, see {@link IndexedFacts}. */
    static final String FACTS = "facts";
    static final String TYPE_ENTRY = "entry";
    static final String TYPE_LIST = "list";
    static final String TYPE_PERSON = "person";

    private final NameAnalyser analyser;
    private final IndexStore registry;
    private final IndexStore lists;
    private final boolean registryStale;
    private final LuceneCandidates candidates = new LuceneCandidates();
    /** Counts searches that opened the registry's index, so that tests can show a public search does not. */
    private final AtomicLong registryReads = new AtomicLong();

    private LuceneNameIndex(NameAnalyser analyser, Directory registryDir, Directory listsDir) throws IOException {
        this.analyser = analyser;
        this.registry = new IndexStore(registryDir, KEYS_VERSION);
        this.lists = new IndexStore(listsDir, KEYS_VERSION);
        this.registryStale = registry.staleKeys();
        if (lists.staleKeys()) {
            rekeyLists();
        }
    }

    /**
     * Opens the index in {@code directory}, creating it when absent. If the index was written with other keys, the
     * lists are re-keyed from their stored entries and {@link #registryNeedsRebuild()} says the registry must be
     * {@link #rebuild rebuilt}.
     */
    public static LuceneNameIndex open(Path directory) {
        try {
            Files.createDirectories(directory);
            return new LuceneNameIndex(NameAnalyser.standard(), FSDirectory.open(directory.resolve("registry")),
                    FSDirectory.open(directory.resolve("lists")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the name index in " + directory, e);
        }
    }

    /** An index in memory: what the application runs on (rebuilt at every start), and for screening a file before it is stored. */
    public static LuceneNameIndex inMemory() {
        try {
            return new LuceneNameIndex(NameAnalyser.standard(), new ByteBuffersDirectory(), new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean registryNeedsRebuild() {
        return registryStale;
    }

    @Override
    public NameAnalyser analyser() {
        return analyser;
    }

    // ---- registry ----

    /** One commit for the whole batch: a commit per person would make a large import wait on the disk for each. */
    @Override
    public void update(Collection<Person> persons, Collection<RecordId> removed) {
        if (persons.isEmpty() && removed.isEmpty()) {
            return;
        }
        List<Map.Entry<Term, Document>> docs = persons.stream()
                .map(p -> Map.entry(new Term(UID, p.id().value()), document(p))).toList();
        Term[] gone = removed.stream().map(id -> new Term(UID, id.value())).toArray(Term[]::new);
        registry.write(w -> {
            for (Map.Entry<Term, Document> doc : docs) {
                w.updateDocument(doc.getKey(), doc.getValue());
            }
            if (gone.length > 0) {
                w.deleteDocuments(gone);
            }
        });
    }

    /** In one commit: searches see the old part until the new one is whole. */
    @Override
    public void rebuild(Collection<Person> persons) {
        List<Document> docs = persons.stream().map(this::document).toList();
        registry.write(w -> {
            w.deleteAll();
            w.addDocuments(docs);
        });
    }

    @Override
    public List<Candidate> registryCandidates(CandidateQuery query, int wanted) {
        if (query.isEmpty()) {
            return List.of();
        }
        registryReads.incrementAndGet();
        return registry.read(s -> candidates.registry(s, query, wanted));
    }

    private Document document(Person p) {
        NameDocument filed = NameDocument.of(analyser, p);
        Document d = new Document();
        d.add(new StringField(UID, filed.uid(), Field.Store.YES));
        d.add(new StringField(TYPE, TYPE_PERSON, Field.Store.NO));
        addKeys(d, filed);
        p.birthDate().flatMap(BirthDate::from).ifPresent(b -> d.add(new StoredField(BIRTH, b.toString())));
        p.gender().ifPresent(g -> d.add(new StoredField(GENDER, g.name())));
        p.everyNationality().forEach(c -> d.add(new StoredField(NATIONALITY, c.code())));
        return d;
    }

    private static void addKeys(Document d, NameDocument filed) {
        filed.facts().names().forEach(n -> d.add(new StoredField(NAME, n)));
        filed.keys().forEach(k -> d.add(new StringField(KEY, k, Field.Store.NO)));
        filed.groups().forEach(g -> d.add(new StringField(GROUP, g, Field.Store.NO)));
        d.add(new BinaryDocValuesField(FACTS, filed.facts().encode()));
    }

    // ---- lists ----

    @Override
    public void index(WatchList list) {
        WatchList.ListInfo info = list.info();
        lists.write(w -> {
            w.deleteDocuments(new Term(LIST, list.id()));
            w.addDocument(listDocument(info));
            // one document at a time: the writer flushes what it buffers, so that a large list does not hold all of
            // its documents on the heap at once (the commit still makes the whole list visible at once)
            for (ListEntry e : list.entries()) {
                w.addDocument(document(info, e));
            }
            // a whole list is written rarely and searched constantly: one segment, so that a search sets up its
            // scorers once, not once per segment the writer flushed (a fifth less CPU per name searched at 200,000)
            w.forceMerge(1);
        });
    }

    @Override
    public void add(WatchList.ListInfo list, Collection<ListEntry> entries) {
        lists.write(w -> {
            w.updateDocument(new Term(UID, listUid(list.id())), listDocument(list));
            for (ListEntry e : entries) {
                w.updateDocument(new Term(UID, NameDocument.uid(list.id(), e.id())), document(list, e));
            }
        });
    }

    @Override
    public void compactLists() {
        lists.write(w -> w.forceMerge(1));
    }

    private static Document listDocument(WatchList.ListInfo list) {
        Document info = new Document();
        info.add(new StringField(UID, listUid(list.id()), Field.Store.NO));
        info.add(new StringField(TYPE, TYPE_LIST, Field.Store.NO));
        info.add(new StringField(LIST, list.id(), Field.Store.YES));
        info.add(new StringField(PUBLIC, Boolean.toString(list.isPublic()), Field.Store.YES));
        info.add(new StoredField(TITLE, list.title()));
        info.add(new StoredField(PUBLISHER, list.publisher()));
        info.add(new StoredField(DATE, list.date().toString()));
        return info;
    }

    private static String listUid(String listId) {
        return "list:" + listId;
    }

    @Override
    public void removeList(String listId) {
        lists.write(w -> w.deleteDocuments(new Term(LIST, listId)));
    }

    private Document document(WatchList.ListInfo list, ListEntry e) {
        NameDocument filed = NameDocument.of(analyser, list, e);
        Document d = new Document();
        d.add(new StringField(UID, filed.uid(), Field.Store.NO));
        d.add(new StringField(TYPE, TYPE_ENTRY, Field.Store.NO));
        d.add(new StringField(LIST, list.id(), Field.Store.YES));
        d.add(new StringField(PUBLIC, Boolean.toString(list.isPublic()), Field.Store.NO));
        d.add(new StoredField(ENTRY, e.id()));
        addKeys(d, filed);
        e.birthDate().ifPresent(b -> d.add(new StoredField(BIRTH, b.toString())));
        e.gender().ifPresent(g -> d.add(new StoredField(GENDER, g.name())));
        e.nationalities().forEach(c -> d.add(new StoredField(NATIONALITY, c.code())));
        e.reference().ifPresent(r -> d.add(new StoredField(REFERENCE, r)));
        e.sourceUrl().ifPresent(u -> d.add(new StoredField(URL, u)));
        return d;
    }

    @Override
    public List<WatchList.ListInfo> lists() {
        return lists.read(s -> {
            List<WatchList.ListInfo> out = new ArrayList<>();
            for (ScoreDoc sd : s.search(new TermQuery(new Term(TYPE, TYPE_LIST)), Integer.MAX_VALUE).scoreDocs) {
                out.add(info(s.storedFields().document(sd.doc)));
            }
            return out;
        });
    }

    @Override
    public Optional<WatchList> list(String listId) {
        return lists.read(s -> readList(s, listId));
    }

    @Override
    public List<Candidate> listCandidates(CandidateQuery query, Scope scope, int wanted) {
        if (query.isEmpty()) {
            return List.of();
        }
        return lists.read(s -> candidates.lists(s, query, scope, wanted));
    }

    private Optional<WatchList> readList(IndexSearcher s, String listId) throws IOException {
        WatchList.ListInfo info = null;
        List<ListEntry> entries = new ArrayList<>();
        for (ScoreDoc sd : s.search(new TermQuery(new Term(LIST, listId)), Integer.MAX_VALUE).scoreDocs) {
            Document d = s.storedFields().document(sd.doc);
            if (d.get(TITLE) != null) {
                info = info(d);
            } else {
                entries.add(entry(d));
            }
        }
        if (info == null) {
            return Optional.empty();
        }
        return Optional.of(new WatchList(info.id(), info.title(), info.publisher(), info.date(), info.isPublic(), entries));
    }

    static WatchList.ListInfo info(Document d) {
        return new WatchList.ListInfo(d.get(LIST), d.get(TITLE), d.get(PUBLISHER), LocalDate.parse(d.get(DATE)),
                Boolean.parseBoolean(d.get(PUBLIC)));
    }

    static ListEntry entry(Document d) {
        return new ListEntry(d.get(ENTRY), List.of(d.getValues(NAME)), Optional.ofNullable(d.get(BIRTH)).map(BirthDate::parse),
                Optional.ofNullable(d.get(GENDER)).map(Person.Gender::valueOf),
                java.util.Arrays.stream(d.getValues(NATIONALITY)).map(Country::of).toList(),
                Optional.ofNullable(d.get(REFERENCE)), Optional.ofNullable(d.get(URL)));
    }

    /** From the stored fields, for a document written before the doc values existed. */
    static IndexedFacts stored(Document d) {
        if (d.get(LIST) == null) {
            return new IndexedFacts(d.get(UID), "", List.of(d.getValues(NAME)), Optional.ofNullable(d.get(BIRTH)).map(BirthDate::parse),
                    Optional.ofNullable(d.get(GENDER)).map(Person.Gender::valueOf),
                    java.util.Arrays.stream(d.getValues(NATIONALITY)).map(Country::of).toList(), Optional.empty(), Optional.empty(),
                    List.of());
        }
        ListEntry e = entry(d);
        return new IndexedFacts(e.id(), d.get(LIST), e.names(), e.birthDate(), e.gender(), e.nationalities(), e.reference(), e.sourceUrl(),
                List.of());
    }

    private void rekeyLists() {
        List<WatchList> all = new ArrayList<>();
        for (WatchList.ListInfo i : lists()) {
            list(i.id()).ifPresent(all::add);
        }
        all.forEach(this::index);
    }

    @Override
    public Counts counts() {
        long persons = registry.read(s -> (long) s.getIndexReader().numDocs());
        return lists.read(s -> {
            long infos = s.count(new TermQuery(new Term(TYPE, TYPE_LIST)));
            return new Counts(persons, infos, s.getIndexReader().numDocs() - infos);
        });
    }

    <T> T readLists(IndexStore.Reader<T> r) {
        return lists.read(r);
    }

    /** How many searches opened the registry's index: a public search must not. */
    long registryReads() {
        return registryReads.get();
    }

    @Override
    public void close() {
        IOException first = null;
        for (IndexStore s : List.of(registry, lists)) {
            try {
                s.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new UncheckedIOException("closing the name index", first);
        }
    }
}
