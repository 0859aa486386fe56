package org.tutela.benchmarks.matching;

import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.BirthDate;
import org.tutela.core.names.NameMatcher;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;
import org.tutela.search.NameIndex;
import org.tutela.search.NameQuery;
import org.tutela.search.NameSearch;
import org.tutela.search.Scope;
import org.tutela.search.SearchHit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * THE PLUG-IN POINT FOR TUTELA'S NAME MATCHER: the one class that connects the benchmark to the product. It uses
 * only the public API of {@code org.tutela.search} and {@code org.tutela.core.names}, as the application does:
 * <ul>
 *   <li>{@link #index}: the benchmark's names become the entries of one (non-public) {@link WatchList} in a
 *       {@link NameIndex} opened, as the application opens its own, on a directory (a temporary one, deleted on
 *       close), one entry per spelling, with birth date, gender and nationality;</li>
 *   <li>{@link #query}: {@link NameSearch#search} with a one-name {@link NameQuery} carrying the query's evidence,
 *       minimum score 0 (the harness applies the threshold), scope = that list;</li>
 *   <li>{@link #score}: {@link NameMatcher#compare(String, String)} on two bare names;</li>
 *   <li>{@link #defaultThreshold}: {@link NameMatcher#DEFAULT_THRESHOLD}.</li>
 * </ul>
 * If that API changes, this class is what to adapt. A name the product refuses (see {@code NameText.check}) is left
 * out of the index or answered with no candidates, and counts against Tutela's figures.
 */
public final class TutelaMatcher implements CandidateMatcher {

    private static final String LIST = "benchmark";
    private static final Map<String, String> COUNTRY_BY_ENGLISH_NAME = countriesByName();

    private final Path directory = temporaryDirectory();
    // on disk, as in the application: an in-memory index of a million names would sit on the heap and make the
    // benchmark measure the garbage collector
    private final NameIndex index = NameIndex.open(directory);
    private final NameSearch search = new NameSearch(index);
    private final NameMatcher matcher = new NameMatcher(index.analyser());
    /** The person of each indexed name whose id is not the person's own. */
    private final Map<String, String> entityIds = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean indexed;
    private boolean addedInParts;
    private int refused;

    @Override
    public String name() {
        return Matchers.TUTELA;
    }

    @Override
    public String description() {
        return "Tutela NameSearch over a NameIndex on disk (lists part, one list), NameMatcher rescoring with "
                + "birth date, gender, nationality (ISO codes only); threshold " + defaultThreshold();
    }

    /**
     * Adds the names to the list, in one commit per call: the first call indexes the list, later ones add to it (the
     * speed run indexes a corpus too large for the heap in batches).
     */
    @Override
    public void index(List<BenchName> names) {
        List<ListEntry> entries = new ArrayList<>(names.size());
        int refusedHere = 0;
        for (BenchName n : names) {
            try {
                entries.add(new ListEntry(n.id(), List.of(n.text()), birthDate(n), gender(n), nationalities(n),
                        Optional.empty(), Optional.empty()));
                if (!n.id().equals(n.entityId())) {
                    // a name that is its own person needs no entry here: ten million of them would fill the heap
                    entityIds.put(n.id(), n.entityId());
                }
            } catch (IllegalArgumentException e) {
                refusedHere++;
            }
        }
        if (refusedHere > 0) {
            refused += refusedHere;
            System.err.printf("tutela: %d of %d names refused by the product's name checks, not indexed%n", refusedHere,
                    names.size());
        }
        WatchList.ListInfo list = new WatchList.ListInfo(LIST, "Benchmark names", "Tutela benchmarks", LocalDate.of(2026, 1, 1), false);
        if (indexed) {
            index.add(list, entries);
            addedInParts = true;
        } else {
            index.index(new WatchList(list.id(), list.title(), list.publisher(), list.date(), list.isPublic(), entries));
            indexed = true;
        }
    }

    /** A list written in parts is merged as a whole list's import merges it, so that both are searched alike. */
    @Override
    public void indexingDone() {
        if (addedInParts) {
            index.compactLists();
        }
    }

    @Override
    public boolean indexesInBatches() {
        return true;
    }

    @Override
    public OptionalLong indexBytes() {
        try (Stream<Path> files = Files.walk(directory)) {
            return OptionalLong.of(files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum());
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public List<Candidate> query(BenchName query, int k) {
        NameQuery q;
        try {
            q = new NameQuery(List.of(query.text()), birthDate(query), gender(query),
                    Set.copyOf(nationalities(query)), 0.0);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        List<SearchHit> hits;
        try {
            hits = search.search(q, Scope.lists(Set.of(LIST)), Math.min(k, NameSearch.MAX_LIMIT));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            if (h.found() instanceof SearchHit.ListPerson p) {
                out.add(new Candidate(p.entryId(), entityIds.getOrDefault(p.entryId(), p.entryId()), h.match().score()));
            }
        }
        return out;
    }

    @Override
    public double score(String a, String b) {
        try {
            return matcher.compare(a, b).score();
        } catch (IllegalArgumentException e) {
            return 0.0;
        }
    }

    @Override
    public String explain(String a, String b) {
        try {
            return matcher.compare(a, b).explain();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }

    @Override
    public double defaultThreshold() {
        return NameMatcher.DEFAULT_THRESHOLD;
    }

    @Override
    public void close() {
        index.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("tutela: could not delete " + directory + ": " + e.getMessage());
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("tutela-bench-index");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the benchmark's index", e);
        }
    }

    private static Optional<BirthDate> birthDate(BenchName n) {
        try {
            return n.birthDate().map(BirthDate::parse);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Person.Gender> gender(BenchName n) {
        return n.gender().map(g -> g.equals("female") ? Person.Gender.FEMALE : Person.Gender.MALE);
    }

    /** Sources give codes ("af") or English names ("Iraq"); only what maps to an ISO code is passed on. */
    private static List<Country> nationalities(BenchName n) {
        return n.nationality()
                .map(v -> Country.isKnown(v) && v.length() == 2 ? v : COUNTRY_BY_ENGLISH_NAME.get(v))
                .map(c -> List.of(Country.of(c)))
                .orElse(List.of());
    }

    private static Map<String, String> countriesByName() {
        Map<String, String> out = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            out.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        return out;
    }
}
