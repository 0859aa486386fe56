package org.tutela.search;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.AnalysedName;
import org.tutela.core.names.MatchSubject;
import org.tutela.core.names.NameEquivalents;
import org.tutela.core.names.NameInputException;
import org.tutela.core.names.NameMatch;
import org.tutela.core.names.NameMatcher;
import org.tutela.core.names.NamePart;
import org.tutela.core.names.SurnameForms;
import org.tutela.core.registry.RecordId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Name search over the registry and lists: candidates come from the index by romanisation key,
 * equivalence group and near-miss key, then the {@link NameMatcher} scores each and explains it.
 */
public final class NameSearch {
    public static final int MAX_LIMIT = 500;
    /** How many candidates per wanted hit are rescored: retrieval is loose, the matcher is strict. */
    static final int CANDIDATES_PER_HIT = 4;
    static final int MIN_CANDIDATES = 50;
    private static final int MAX_GROUPS_PER_PART = 16;
    private static final int FUZZY_EXPANSIONS = 50;

    private final NameIndex index;
    private final NameMatcher matcher;
    /** Near-miss keys expanded, and lists' descriptions, as the index reader searched holds them. */
    private final PerReader<Fuzzy, Optional<List<BytesRef>>> expansions = new PerReader<>(50_000);
    private final PerReader<String, WatchList.ListInfo> listInfos = new PerReader<>(10_000);

    public NameSearch(NameIndex index) {
        this(index, new NameMatcher(index.analyser()));
    }

    public NameSearch(NameIndex index, NameMatcher matcher) {
        this.index = index;
        this.matcher = matcher;
    }

    /**
     * The best matches, best first, at most {@code limit}, none below the query's minimum score.
     *
     * @throws NameInputException       when a name of the query cannot be searched (empty, too long, ...)
     * @throws IllegalArgumentException when the limit is not between 1 and {@link #MAX_LIMIT}
     */
    public List<SearchHit> search(NameQuery query, Scope scope, int limit) {
        return search(query, scope, limit, id -> true);
    }

    /**
     * The same, keeping only the registry persons {@code visible} accepts. The filter runs on the scored
     * candidates in rank order, before the limit, so that persons the caller may not see never take a
     * result slot (and a short answer never tells that a hidden person ranked higher). It is asked about
     * as few candidates as filling the limit takes.
     */
    public List<SearchHit> search(NameQuery query, Scope scope, int limit, java.util.function.Predicate<RecordId> visible) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        List<AnalysedName> names = query.names().stream().flatMap(n -> matcher.analyser().analyseAll(n).stream()).toList();
        List<PartClause> byName = candidates(names);
        MatchSubject subject = new MatchSubject(query.names(), query.birthDate(), query.gender(), query.nationalities());
        int wanted = Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_HIT);
        List<SearchHit> hits = new ArrayList<>();
        if (scope.registry() && !scope.publicOnly()) {
            hits.addAll(index.readRegistry(s -> hits(s, query(s, byName), wanted, names, subject, query.minScore(), limit,
                    doc -> visible.test(RecordId.of(doc.id())))));
        }
        if (scope.listsToo()) {
            hits.addAll(index.readLists(s -> hits(s, listFilter(s, query(s, byName), scope), wanted, names, subject, query.minScore(),
                    limit, null)));
        }
        return hits.stream()
                .sorted(BEST_FIRST)
                .limit(limit)
                .toList();
    }

    /**
     * What the index is asked for one name part: documents with one of its keys, a key a typo or two away from one of
     * {@code fuzzy}, or one of its equivalence groups. Each part counts once, with its weight.
     */
    private record PartClause(List<BytesRef> keys, List<Fuzzy> fuzzy, List<BytesRef> groups, float weight) {
    }

    /** A key and the edits allowed to reach other keys from it. */
    private record Fuzzy(String key, int edits) {
    }

    private static List<PartClause> candidates(List<AnalysedName> names) {
        List<PartClause> clauses = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AnalysedName n : names) {
            for (NamePart p : n.parts()) {
                if (p.isInitial() || !seen.add(p.text())) {
                    continue;
                }
                Set<String> keys = new LinkedHashSet<>(p.keySet());
                if (keys.isEmpty()) {
                    continue;
                }
                p.keySet().forEach(k -> SurnameForms.indexStem(k).ifPresent(keys::add));
                List<Fuzzy> fuzzy = new ArrayList<>();
                Set<String> fuzzyOn = new LinkedHashSet<>();
                for (String k : keys) {
                    int edits = k.length() >= 9 ? 2 : k.length() >= 4 ? 1 : 0;
                    if (edits > 0 && fuzzyOn.size() < 3 && fuzzyOn.add(k)) {
                        fuzzy.add(new Fuzzy(k, edits));
                    }
                }
                List<BytesRef> groups = p.groups().stream().map(NameEquivalents.Membership::group).distinct()
                        .limit(MAX_GROUPS_PER_PART).map(g -> new BytesRef(Integer.toString(g))).toList();
                float weight = p.role() == NamePart.Role.PATRONYMIC ? 0.5f : 1f;
                clauses.add(new PartClause(keys.stream().map(BytesRef::new).toList(), fuzzy, groups, weight));
            }
        }
        return clauses;
    }

    /**
     * The query for these parts in this index. A near-miss key matches what a {@link FuzzyQuery} of it (one-letter
     * prefix, transpositions, the best {@value #FUZZY_EXPANSIONS} terms) matches; the terms are found by
     * {@link FuzzyKeys} where the index allows, which is much cheaper than the query's automata.
     */
    private Query query(IndexSearcher s, List<PartClause> clauses) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (PartClause c : clauses) {
            BooleanQuery.Builder part = new BooleanQuery.Builder();
            Set<BytesRef> keys = new LinkedHashSet<>(c.keys());
            List<Query> fuzzyQueries = new ArrayList<>();
            for (Fuzzy f : c.fuzzy()) {
                Optional<List<BytesRef>> terms = expansions.get(s.getIndexReader(), f, () ->
                        FuzzyKeys.expand(s.getIndexReader(), NameIndex.KEY, f.key(), f.edits(), FUZZY_EXPANSIONS, FuzzyKeys.SCAN_LIMIT));
                if (terms.isPresent()) {
                    keys.addAll(terms.get());
                } else {
                    fuzzyQueries.add(new FuzzyQuery(new Term(NameIndex.KEY, f.key()), f.edits(), 1, FUZZY_EXPANSIONS, true));
                }
            }
            part.add(new TermInSetQuery(NameIndex.KEY, keys), BooleanClause.Occur.SHOULD);
            fuzzyQueries.forEach(q -> part.add(q, BooleanClause.Occur.SHOULD));
            if (!c.groups().isEmpty()) {
                part.add(new TermInSetQuery(NameIndex.GROUP, c.groups()), BooleanClause.Occur.SHOULD);
            }
            // each part counts once, whatever the number of keys it matched, so more matched parts rank higher
            all.add(new BoostQuery(new ConstantScoreQuery(part.build()), c.weight()), BooleanClause.Occur.SHOULD);
        }
        return all.build();
    }

    /**
     * The name query restricted to the scope's lists. Restrictions every entry in the index meets are left out: they
     * would not change the result, only make every candidate cost a look-up in a posting list as long as the index.
     * (List descriptions need no restriction: they have no keys, so the name query never finds them.)
     */
    private static Query listFilter(IndexSearcher s, Query byName, Scope scope) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(byName, BooleanClause.Occur.MUST);
        boolean filtered = false;
        if (scope.publicOnly() && s.getIndexReader().docFreq(new Term(NameIndex.PUBLIC, "false")) > 0) {
            b.add(new TermQuery(new Term(NameIndex.PUBLIC, "true")), BooleanClause.Occur.FILTER);
            filtered = true;
        }
        if (scope.lists().isPresent() && !allListsIn(s, scope.lists().get())) {
            b.add(new TermInSetQuery(NameIndex.LIST, scope.lists().get().stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
            filtered = true;
        }
        return filtered ? b.build() : byName;
    }

    /** True when every list that has documents in the index is one of {@code ids}. */
    private static boolean allListsIn(IndexSearcher s, Set<String> ids) throws IOException {
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(NameIndex.LIST);
            if (terms == null) {
                continue;
            }
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                if (!ids.contains(t.utf8ToString())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A candidate rescored: its document and facts, and the match. */
    private record Scored(int doc, NameIndex.Facts facts, NameMatch match) {
        String name() {
            return facts.names().get(0);
        }
    }

    private static final Comparator<SearchHit> BEST_FIRST = Comparator.comparingDouble((SearchHit h) -> -h.match().score())
            .thenComparing(h -> h.found().name());
    private static final Comparator<Scored> SCORED_BEST_FIRST = Comparator.comparingDouble((Scored c) -> -c.match().score())
            .thenComparing(Scored::name);

    /**
     * The best {@code limit} hits at or above {@code minScore} among the {@code wanted} best candidates of the index
     * (registry candidates only where {@code registryFilter} accepts them; {@code null} for the lists):
     * each candidate is rescored from its doc values, and only the hits kept are read from the stored fields. Hits that
     * rank equal keep the order of the candidates, so that the caller's final (stable) sort of the registry's and the
     * lists' hits gives what sorting every candidate would.
     */
    private List<SearchHit> hits(IndexSearcher s, Query q, int wanted, List<AnalysedName> names, MatchSubject subject,
                                 double minScore, int limit, java.util.function.Predicate<NameIndex.Facts> registryFilter)
            throws IOException {
        boolean lists = registryFilter == null;
        ScoreDoc[] docs = s.search(q, wanted).scoreDocs;
        NameIndex.Facts[] facts = facts(s, docs);
        List<Scored> scored = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            NameIndex.Facts f = facts[i];
            MatchSubject candidate = new MatchSubject(f.names(), f.birthDate(), f.gender(), Set.copyOf(f.nationalities()));
            int doc = docs[i].doc;
            score(names, subject, f, candidate).filter(m -> m.score() >= minScore).ifPresent(m -> scored.add(new Scored(doc, f, m)));
        }
        scored.sort(SCORED_BEST_FIRST);
        List<SearchHit> out = new ArrayList<>(Math.min(limit, scored.size()));
        for (Scored c : scored) {
            if (out.size() >= limit) {
                break;
            }
            NameIndex.Facts f = c.facts();
            if (!lists && !registryFilter.test(f)) {
                continue;
            }
            SearchHit.Found found = lists
                    ? new SearchHit.ListPerson(listInfo(s, f.list()), f.id(), c.name(), f.reference(), f.sourceUrl())
                    : new SearchHit.RegistryPerson(RecordId.of(f.id()), c.name());
            out.add(new SearchHit(found, c.match()));
        }
        return out;
    }

    /** The facts of each document, read from the doc values in document order (stored fields where they are missing). */
    private static NameIndex.Facts[] facts(IndexSearcher s, ScoreDoc[] docs) throws IOException {
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i].doc));
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        NameIndex.Facts[] out = new NameIndex.Facts[docs.length];
        StoredFields stored = null;
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : byDoc) {
            int doc = docs[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = DocValues.getBinary(leaf.reader(), NameIndex.FACTS);
            }
            if (values.advanceExact(doc - leaf.docBase)) {
                out[i] = NameIndex.Facts.decode(values.binaryValue());
            } else {
                stored = stored == null ? s.storedFields() : stored;
                out[i] = NameIndex.Facts.stored(stored.document(doc));
            }
        }
        return out;
    }

    private WatchList.ListInfo listInfo(IndexSearcher s, String listId) {
        return listInfos.get(s.getIndexReader(), listId, () -> readListInfo(s, listId));
    }

    private static WatchList.ListInfo readListInfo(IndexSearcher s, String listId) {
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new TermQuery(new Term(NameIndex.LIST, listId)), BooleanClause.Occur.FILTER);
            b.add(new TermQuery(new Term(NameIndex.TYPE, NameIndex.TYPE_LIST)), BooleanClause.Occur.FILTER);
            ScoreDoc[] docs = s.search(b.build(), 1).scoreDocs;
            return NameIndex.info(s.storedFields().document(docs[0].doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Values worked out from one index reader, kept while searches use that reader: a reader never changes, and a
     * write makes a new one. At most {@code limit} values per reader; past that they are all dropped and read anew.
     */
    private static final class PerReader<K, V> {
        interface Compute<V> {
            V compute() throws IOException;
        }

        private final int limit;
        private final Map<IndexReader, Map<K, V>> byReader = new WeakHashMap<>();

        PerReader(int limit) {
            this.limit = limit;
        }

        V get(IndexReader reader, K key, Compute<V> compute) {
            Map<K, V> values;
            synchronized (byReader) {
                values = byReader.computeIfAbsent(reader, r -> new ConcurrentHashMap<>());
            }
            V v = values.get(key);
            if (v == null) {
                try {
                    v = compute.compute();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (values.size() >= limit) {
                    values.clear();
                }
                values.put(key, v);
            }
            return v;
        }
    }

    private Optional<NameMatch> score(List<AnalysedName> names, MatchSubject query, NameIndex.Facts facts, MatchSubject candidate) {
        List<AnalysedName> analysed = facts.analysedNames(matcher.analyser());
        if (analysed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matcher.compare(names, query, analysed, candidate));
    }
}
