package org.tutela.search;

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
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.tutela.core.lists.WatchList;

/**
 * Candidate retrieval in the embedded Lucene index: a {@link CandidateQuery} as a Lucene query, its best documents'
 * facts read from the doc values. Near-miss keys expanded, and lists' descriptions, are kept per index reader.
 */
final class LuceneCandidates {
    private final PerReader<CandidateQuery.Fuzzy, Optional<List<BytesRef>>> expansions = new PerReader<>(50_000);
    private final PerReader<String, WatchList.ListInfo> listInfos = new PerReader<>(10_000);

    List<Candidate> registry(IndexSearcher s, CandidateQuery query, int wanted) throws IOException {
        ScoreDoc[] docs = s.search(query(s, query), wanted).scoreDocs;
        return Arrays.stream(facts(s, docs)).map(Candidate::person).toList();
    }

    List<Candidate> lists(IndexSearcher s, CandidateQuery query, Scope scope, int wanted) throws IOException {
        ScoreDoc[] docs = s.search(listFilter(s, query(s, query), scope), wanted).scoreDocs;
        List<Candidate> out = new ArrayList<>(docs.length);
        for (IndexedFacts f : facts(s, docs)) {
            out.add(Candidate.entry(f, listInfo(s, f.list())));
        }
        return out;
    }

    /**
     * The query for these parts in this index. A near-miss key matches what a {@link FuzzyQuery} of it (one-letter
     * prefix, transpositions, the best {@link CandidateQuery#FUZZY_EXPANSIONS} terms) matches; the terms are found by
     * {@link FuzzyKeys} where the index allows, which is much cheaper than the query's automata.
     */
    private Query query(IndexSearcher s, CandidateQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (CandidateQuery.Part c : query.parts()) {
            BooleanQuery.Builder part = new BooleanQuery.Builder();
            Set<BytesRef> keys = new LinkedHashSet<>();
            c.keys().forEach(k -> keys.add(new BytesRef(k)));
            List<Query> fuzzyQueries = new ArrayList<>();
            for (CandidateQuery.Fuzzy f : c.fuzzy()) {
                Optional<List<BytesRef>> terms = expansions.get(s.getIndexReader(), f, () -> FuzzyKeys.expand(s.getIndexReader(),
                        LuceneNameIndex.KEY, f.key(), f.edits(), CandidateQuery.FUZZY_EXPANSIONS, FuzzyKeys.SCAN_LIMIT));
                if (terms.isPresent()) {
                    keys.addAll(terms.get());
                } else {
                    fuzzyQueries.add(new FuzzyQuery(new Term(LuceneNameIndex.KEY, f.key()), f.edits(), CandidateQuery.FUZZY_PREFIX,
                            CandidateQuery.FUZZY_EXPANSIONS, true));
                }
            }
            part.add(new TermInSetQuery(LuceneNameIndex.KEY, keys), BooleanClause.Occur.SHOULD);
            fuzzyQueries.forEach(q -> part.add(q, BooleanClause.Occur.SHOULD));
            if (!c.groups().isEmpty()) {
                part.add(new TermInSetQuery(LuceneNameIndex.GROUP, c.groups().stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.SHOULD);
            }
            // each part counts once, whatever the number of keys it matched, so more matched parts rank higher
            Query spelled = new BoostQuery(new ConstantScoreQuery(part.build()), c.weight());
            if (c.sounds().isEmpty()) {
                all.add(spelled, BooleanClause.Occur.SHOULD);
            } else {
                Query sounded = new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(LuceneNameIndex.KEY,
                        c.sounds().stream().map(BytesRef::new).toList())), c.weight() * CandidateQuery.SOUND_WEIGHT);
                all.add(new DisjunctionMaxQuery(List.of(spelled, sounded), 0), BooleanClause.Occur.SHOULD);
            }
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
        if (scope.publicOnly() && s.getIndexReader().docFreq(new Term(LuceneNameIndex.PUBLIC, "false")) > 0) {
            b.add(new TermQuery(new Term(LuceneNameIndex.PUBLIC, "true")), BooleanClause.Occur.FILTER);
            filtered = true;
        }
        if (scope.lists().isPresent() && !allListsIn(s, scope.lists().get())) {
            b.add(new TermInSetQuery(LuceneNameIndex.LIST, scope.lists().get().stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
            filtered = true;
        }
        return filtered ? b.build() : byName;
    }

    /** True when every list that has documents in the index is one of {@code ids}. */
    private static boolean allListsIn(IndexSearcher s, Set<String> ids) throws IOException {
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(LuceneNameIndex.LIST);
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

    /** The facts of each document, read from the doc values in document order (stored fields where they are missing). */
    private static IndexedFacts[] facts(IndexSearcher s, ScoreDoc[] docs) throws IOException {
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i].doc));
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        IndexedFacts[] out = new IndexedFacts[docs.length];
        StoredFields stored = null;
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : byDoc) {
            int doc = docs[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = DocValues.getBinary(leaf.reader(), LuceneNameIndex.FACTS);
            }
            if (values.advanceExact(doc - leaf.docBase)) {
                out[i] = IndexedFacts.decode(values.binaryValue());
            } else {
                stored = stored == null ? s.storedFields() : stored;
                out[i] = LuceneNameIndex.stored(stored.document(doc));
            }
        }
        return out;
    }

    private WatchList.ListInfo listInfo(IndexSearcher s, String listId) {
        return listInfos.get(s.getIndexReader(), listId, () -> readListInfo(s, listId));
    }

    private static WatchList.ListInfo readListInfo(IndexSearcher s, String listId) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(LuceneNameIndex.LIST, listId)), BooleanClause.Occur.FILTER);
        b.add(new TermQuery(new Term(LuceneNameIndex.TYPE, LuceneNameIndex.TYPE_LIST)), BooleanClause.Occur.FILTER);
        ScoreDoc[] docs = s.search(b.build(), 1).scoreDocs;
        return LuceneNameIndex.info(s.storedFields().document(docs[0].doc));
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
}
