package org.tutela.search;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.AnalysedName;
import org.tutela.core.names.BirthDate;
import org.tutela.core.names.NameAnalyser;
import org.tutela.core.names.NameEquivalents;
import org.tutela.core.names.NameInputException;
import org.tutela.core.names.NamePart;
import org.tutela.core.names.SurnameForms;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.RecordId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Lucene index of names: registry persons in one index, list entries in another, so that a public
 * search never opens the registry's. Each name part is indexed under its romanisation keys and its
 * equivalence groups; {@link NameSearch} retrieves candidates by them and rescores with the matcher.
 * Writes are visible to searches at once (near-real-time) and committed to disk before the method
 * returns. Thread-safe. Close it when the application stops.
 */
public final class NameIndex implements AutoCloseable {
    /** Bumped whenever keys change meaning (tables, skeleton rules); an index of another version is rebuilt. */
    public static final String KEYS_VERSION = "5";
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
    /** Doc values: what a search reads of a candidate, see {@link Facts}. */
    static final String FACTS = "facts";
    static final String TYPE_ENTRY = "entry";
    static final String TYPE_LIST = "list";
    static final String TYPE_PERSON = "person";

    private final NameAnalyser analyser;
    private final IndexStore registry;
    private final IndexStore lists;
    private final boolean registryStale;
    /** Counts searches that opened the registry's index, so that tests can show a public search does not. */
    private final java.util.concurrent.atomic.AtomicLong registryReads = new java.util.concurrent.atomic.AtomicLong();

    private NameIndex(NameAnalyser analyser, Directory registryDir, Directory listsDir) throws IOException {
        this.analyser = analyser;
        this.registry = new IndexStore(registryDir, KEYS_VERSION);
        this.lists = new IndexStore(listsDir, KEYS_VERSION);
        this.registryStale = registry.staleKeys();
        if (lists.staleKeys()) {
            rekeyLists();
        }
    }

    /**
     * Opens the index in {@code directory} (the application passes {@code <dataDir>/index}), creating it
     * when absent. If the index was written with other keys, the lists are re-keyed from their stored
     * entries and {@link #registryNeedsRebuild()} says the registry must be {@link #rebuild rebuilt}.
     */
    public static NameIndex open(Path directory) {
        try {
            Files.createDirectories(directory);
            return new NameIndex(NameAnalyser.standard(), FSDirectory.open(directory.resolve("registry")),
                    FSDirectory.open(directory.resolve("lists")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the name index in " + directory, e);
        }
    }

    /** An index in memory, for tests and for screening a file before it is stored. */
    public static NameIndex inMemory() {
        try {
            return new NameIndex(NameAnalyser.standard(), new ByteBuffersDirectory(), new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the registry part was written with other keys (or is new) and needs {@link #rebuild}. */
    public boolean registryNeedsRebuild() {
        return registryStale;
    }

    public NameAnalyser analyser() {
        return analyser;
    }

    // ---- registry ----

    /** Adds or replaces one person. */
    public void index(Person person) {
        Document d = document(person);
        registry.write(w -> w.updateDocument(new Term(UID, person.id().value()), d));
    }

    /**
     * Adds or replaces {@code persons} and removes {@code removed}, in one commit: what one commit of
     * the registry changed. A commit per person would make a large import wait on the disk for each.
     */
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

    /** Removes one person; nothing happens when the person is not indexed. */
    public void remove(RecordId id) {
        registry.write(w -> w.deleteDocuments(new Term(UID, id.value())));
    }

    /** Replaces the whole registry part with these persons, in one commit. */
    public void rebuild(Collection<Person> persons) {
        List<Document> docs = persons.stream().map(this::document).toList();
        registry.write(w -> {
            w.deleteAll();
            w.addDocuments(docs);
        });
    }

    private Document document(Person p) {
        Document d = new Document();
        d.add(new StringField(UID, p.id().value(), Field.Store.YES));
        d.add(new StringField(TYPE, TYPE_PERSON, Field.Store.NO));
        List<AnalysedName> analysed = new ArrayList<>();
        for (PersonName n : p.names()) {
            addName(d, n.full(), analysed);
        }
        p.birthDate().flatMap(BirthDate::from).ifPresent(b -> d.add(new StoredField(BIRTH, b.toString())));
        p.gender().ifPresent(g -> d.add(new StoredField(GENDER, g.name())));
        p.nationalities().forEach(c -> d.add(new StoredField(NATIONALITY, c.code())));
        d.add(new BinaryDocValuesField(FACTS, Facts.of(p, analysed).encode()));
        return d;
    }

    // ---- lists ----

    /** Adds a list, or replaces it (its facts and all its entries) when one of that id is indexed. */
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

    /**
     * Adds {@code entries} to the list {@code list}, in one commit, indexing the list's facts when no list of that id
     * is indexed yet (and replacing them when one is). An entry whose id the list already has replaces it. For a list
     * too large to hold in memory at once: it is indexed in parts, each visible when its call returns.
     */
    public void add(WatchList.ListInfo list, Collection<ListEntry> entries) {
        lists.write(w -> {
            w.updateDocument(new Term(UID, listUid(list.id())), listDocument(list));
            for (ListEntry e : entries) {
                w.updateDocument(new Term(UID, entryUid(list.id(), e.id())), document(list, e));
            }
        });
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

    private static String entryUid(String listId, String entryId) {
        return listId + "/" + entryId;
    }

    /** Removes a list and its entries. */
    public void removeList(String listId) {
        lists.write(w -> w.deleteDocuments(new Term(LIST, listId)));
    }

    private Document document(WatchList.ListInfo list, ListEntry e) {
        Document d = new Document();
        d.add(new StringField(UID, entryUid(list.id(), e.id()), Field.Store.NO));
        d.add(new StringField(TYPE, TYPE_ENTRY, Field.Store.NO));
        d.add(new StringField(LIST, list.id(), Field.Store.YES));
        d.add(new StringField(PUBLIC, Boolean.toString(list.isPublic()), Field.Store.NO));
        d.add(new StoredField(ENTRY, e.id()));
        List<AnalysedName> analysed = new ArrayList<>();
        for (String n : e.names()) {
            addName(d, n, analysed);
        }
        e.birthDate().ifPresent(b -> d.add(new StoredField(BIRTH, b.toString())));
        e.gender().ifPresent(g -> d.add(new StoredField(GENDER, g.name())));
        e.nationalities().forEach(c -> d.add(new StoredField(NATIONALITY, c.code())));
        e.reference().ifPresent(r -> d.add(new StoredField(REFERENCE, r)));
        e.sourceUrl().ifPresent(u -> d.add(new StoredField(URL, u)));
        d.add(new BinaryDocValuesField(FACTS, Facts.of(list, e, analysed).encode()));
        return d;
    }

    /** The lists in the index, without their entries. */
    public List<WatchList.ListInfo> lists() {
        return lists.read(s -> {
            List<WatchList.ListInfo> out = new ArrayList<>();
            for (ScoreDoc sd : s.search(new TermQuery(new Term(TYPE, TYPE_LIST)), Integer.MAX_VALUE).scoreDocs) {
                out.add(info(s.storedFields().document(sd.doc)));
            }
            return out;
        });
    }

    /** A list with its entries, read back from the index. */
    public Optional<WatchList> list(String listId) {
        return lists.read(s -> readList(s, listId));
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

    private void rekeyLists() {
        List<WatchList> all = new ArrayList<>();
        for (WatchList.ListInfo i : lists()) {
            list(i.id()).ifPresent(all::add);
        }
        all.forEach(this::index);
    }

    /** Files one name under its keys and groups; adds its analyses to {@code analysed}. */
    private void addName(Document d, String name, List<AnalysedName> analysed) {
        d.add(new StoredField(NAME, name));
        List<AnalysedName> alternatives;
        try {
            alternatives = analyser.analyseAll(name);
        } catch (NameInputException e) {
            // records and lists check names on entry; a name refused here is kept for display only
            return;
        }
        analysed.addAll(alternatives);
        Set<String> keys = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (NamePart p : alternatives.stream().flatMap(a -> a.parts().stream()).toList()) {
            if (p.isInitial()) {
                continue;
            }
            keys.addAll(p.keys().values());
            // a suffixed surname is also filed under its stem, where its bare and other-gender forms are found
            p.keySet().forEach(k -> SurnameForms.indexStem(k).ifPresent(keys::add));
            for (NameEquivalents.Membership m : p.groups()) {
                groups.add(Integer.toString(m.group()));
            }
        }
        keys.forEach(k -> d.add(new StringField(KEY, k, Field.Store.NO)));
        groups.forEach(g -> d.add(new StringField(GROUP, g, Field.Store.NO)));
    }

    /**
     * What a search needs of an indexed person or entry, kept beside the stored fields as doc values: the facts the
     * matcher compares (names, birth date, gender, nationalities) and what a hit shows (the registry's id, or the list,
     * the entry's id, reference and address). A search reads them for every candidate it rescores; reading the stored
     * fields instead would decompress a block of documents for each.
     *
     * @param id       the person's record id, or the entry's id in its list
     * @param list     the entry's list; empty for a registry person
     * @param analysed what the analyser made of the names when they were indexed (each part's word and role), so
     *                 that rescoring restores it instead of analysing the names again; empty for a document written
     *                 without it
     */
    record Facts(String id, String list, List<String> names, Optional<BirthDate> birthDate, Optional<Person.Gender> gender,
                 List<Country> nationalities, Optional<String> reference, Optional<String> sourceUrl, List<Analysis> analysed) {
        private static final Person.Gender[] GENDERS = Person.Gender.values();
        private static final NamePart.Role[] ROLES = NamePart.Role.values();
        private static final AnalysedName.Order[] ORDERS = AnalysedName.Order.values();

        /** One name as analysed: see {@link NameAnalyser#restore}. */
        record Analysis(String original, List<String> words, List<NamePart.Role> roles, AnalysedName.Order order) {
            static Analysis of(AnalysedName n) {
                return new Analysis(n.original(), n.parts().stream().map(NamePart::text).toList(),
                        n.parts().stream().map(NamePart::role).toList(), n.order());
            }
        }

        static Facts of(Person p, List<AnalysedName> analysed) {
            return new Facts(p.id().value(), "", p.names().stream().map(PersonName::full).toList(), p.birthDate().flatMap(BirthDate::from),
                    p.gender(), p.nationalities(), Optional.empty(), Optional.empty(), analysed.stream().map(Analysis::of).toList());
        }

        static Facts of(WatchList.ListInfo list, ListEntry e, List<AnalysedName> analysed) {
            return new Facts(e.id(), list.id(), e.names(), e.birthDate(), e.gender(), e.nationalities(), e.reference(), e.sourceUrl(),
                    analysed.stream().map(Analysis::of).toList());
        }

        /** The names as analysed: restored where the index kept the analysis, analysed again where not. */
        List<AnalysedName> analysedNames(NameAnalyser analyser) {
            List<AnalysedName> out = new ArrayList<>(Math.max(1, analysed.size()));
            if (!analysed.isEmpty()) {
                for (Analysis a : analysed) {
                    out.add(analyser.restore(a.original(), a.words(), a.roles(), a.order()));
                }
                return out;
            }
            for (String n : names) {
                try {
                    out.addAll(analyser.analyseAll(n));
                } catch (NameInputException e) {
                    // kept for display only
                }
            }
            return out;
        }

        BytesRef encode() {
            // strings as the stored fields write them (UTF-8), so that both read back the same
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            try {
                out.writeString(id);
                out.writeString(list);
                out.writeVInt(names.size());
                for (String n : names) {
                    out.writeString(n);
                }
                out.writeVInt(birthDate.map(BirthDate::year).orElse(0));
                out.writeByte((byte) (int) birthDate.flatMap(BirthDate::month).orElse(0));
                out.writeByte((byte) (int) birthDate.flatMap(BirthDate::day).orElse(0));
                out.writeByte((byte) (int) gender.map(g -> g.ordinal() + 1).orElse(0));
                out.writeVInt(nationalities.size());
                for (Country c : nationalities) {
                    out.writeString(c.code());
                }
                optional(out, reference);
                optional(out, sourceUrl);
                out.writeVInt(analysed.size());
                for (Analysis a : analysed) {
                    out.writeString(a.original());
                    out.writeByte((byte) a.order().ordinal());
                    out.writeVInt(a.words().size());
                    for (int i = 0; i < a.words().size(); i++) {
                        out.writeString(a.words().get(i));
                        out.writeByte((byte) a.roles().get(i).ordinal());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new BytesRef(out.toArrayCopy());
        }

        private static void optional(ByteBuffersDataOutput out, Optional<String> value) throws IOException {
            out.writeByte((byte) (value.isPresent() ? 1 : 0));
            if (value.isPresent()) {
                out.writeString(value.get());
            }
        }

        static Facts decode(BytesRef b) throws IOException {
            ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
            String id = in.readString();
            String list = in.readString();
            int n = in.readVInt();
            List<String> names = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                names.add(in.readString());
            }
            int year = in.readVInt();
            int month = in.readByte();
            int day = in.readByte();
            Optional<BirthDate> birth = year == 0 ? Optional.empty() : Optional.of(new BirthDate(year,
                    month == 0 ? Optional.empty() : Optional.of(month), day == 0 ? Optional.empty() : Optional.of(day)));
            int g = in.readByte();
            Optional<Person.Gender> gender = g == 0 ? Optional.empty() : Optional.of(GENDERS[g - 1]);
            int c = in.readVInt();
            List<Country> nationalities = new ArrayList<>(c);
            for (int i = 0; i < c; i++) {
                nationalities.add(Country.of(in.readString()));
            }
            Optional<String> reference = in.readByte() == 1 ? Optional.of(in.readString()) : Optional.empty();
            Optional<String> sourceUrl = in.readByte() == 1 ? Optional.of(in.readString()) : Optional.empty();
            int a = in.eof() ? 0 : in.readVInt();
            List<Analysis> analysed = new ArrayList<>(a);
            for (int i = 0; i < a; i++) {
                String original = in.readString();
                AnalysedName.Order order = ORDERS[in.readByte()];
                int parts = in.readVInt();
                List<String> words = new ArrayList<>(parts);
                List<NamePart.Role> roles = new ArrayList<>(parts);
                for (int k = 0; k < parts; k++) {
                    words.add(in.readString());
                    roles.add(ROLES[in.readByte()]);
                }
                analysed.add(new Analysis(original, words, roles, order));
            }
            return new Facts(id, list, names, birth, gender, nationalities, reference, sourceUrl, analysed);
        }

        /** From the stored fields, for a document written before the doc values existed. */
        static Facts stored(Document d) {
            if (d.get(LIST) == null) {
                return new Facts(d.get(UID), "", List.of(d.getValues(NAME)), Optional.ofNullable(d.get(BIRTH)).map(BirthDate::parse),
                        Optional.ofNullable(d.get(GENDER)).map(Person.Gender::valueOf),
                        java.util.Arrays.stream(d.getValues(NATIONALITY)).map(Country::of).toList(), Optional.empty(), Optional.empty(),
                        List.of());
            }
            ListEntry e = entry(d);
            return new Facts(e.id(), d.get(LIST), e.names(), e.birthDate(), e.gender(), e.nationalities(), e.reference(), e.sourceUrl(),
                    List.of());
        }
    }

    // ---- searching ----

    long registryReads() {
        return registryReads.get();
    }

    <T> T readRegistry(IndexStore.Reader<T> r) {
        registryReads.incrementAndGet();
        return registry.read(r);
    }

    <T> T readLists(IndexStore.Reader<T> r) {
        return lists.read(r);
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
