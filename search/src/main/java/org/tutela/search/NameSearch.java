package org.tutela.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
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
import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.AnalysedName;
import org.tutela.core.names.BirthDate;
import org.tutela.core.names.MatchSubject;
import org.tutela.core.names.NameEquivalents;
import org.tutela.core.names.NameInputException;
import org.tutela.core.names.NameMatch;
import org.tutela.core.names.NameMatcher;
import org.tutela.core.names.NamePart;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RecordId;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private final NameIndex index;
    private final NameMatcher matcher;

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
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        List<AnalysedName> names = query.names().stream().flatMap(n -> matcher.analyser().analyseAll(n).stream()).toList();
        Query byName = candidates(names);
        MatchSubject subject = new MatchSubject(query.names(), query.birthDate(), query.gender(), query.nationalities());
        int wanted = Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_HIT);
        List<SearchHit> hits = new ArrayList<>();
        if (scope.registry() && !scope.publicOnly()) {
            hits.addAll(index.readRegistry(s -> registryHits(s, byName, wanted, names, subject)));
        }
        if (scope.listsToo()) {
            hits.addAll(index.readLists(s -> listHits(s, listFilter(byName, scope), wanted, names, subject)));
        }
        return hits.stream()
                .filter(h -> h.match().score() >= query.minScore())
                .sorted(Comparator.comparingDouble((SearchHit h) -> -h.match().score()).thenComparing(h -> h.found().name()))
                .limit(limit)
                .toList();
    }

    private Query candidates(List<AnalysedName> names) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Set<String> seen = new LinkedHashSet<>();
        for (AnalysedName n : names) {
            for (NamePart p : n.parts()) {
                if (p.isInitial() || !seen.add(p.text())) {
                    continue;
                }
                BooleanQuery.Builder part = new BooleanQuery.Builder();
                Set<String> keys = p.keySet();
                if (keys.isEmpty()) {
                    continue;
                }
                part.add(new TermInSetQuery(NameIndex.KEY, keys.stream().map(BytesRef::new).toList()), BooleanClause.Occur.SHOULD);
                Set<String> fuzzyOn = new LinkedHashSet<>();
                for (String k : keys) {
                    int edits = k.length() >= 9 ? 2 : k.length() >= 4 ? 1 : 0;
                    if (edits > 0 && fuzzyOn.size() < 3 && fuzzyOn.add(k)) {
                        part.add(new FuzzyQuery(new Term(NameIndex.KEY, k), edits, 1, 50, true), BooleanClause.Occur.SHOULD);
                    }
                }
                List<BytesRef> groups = p.groups().stream().map(NameEquivalents.Membership::group).distinct()
                        .limit(MAX_GROUPS_PER_PART).map(g -> new BytesRef(Integer.toString(g))).toList();
                if (!groups.isEmpty()) {
                    part.add(new TermInSetQuery(NameIndex.GROUP, groups), BooleanClause.Occur.SHOULD);
                }
                // each part counts once, whatever the number of keys it matched, so more matched parts rank higher
                float weight = p.role() == NamePart.Role.PATRONYMIC ? 0.5f : 1f;
                all.add(new BoostQuery(new ConstantScoreQuery(part.build()), weight), BooleanClause.Occur.SHOULD);
            }
        }
        return all.build();
    }

    private static Query listFilter(Query byName, Scope scope) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(byName, BooleanClause.Occur.MUST);
        b.add(new TermQuery(new Term(NameIndex.TYPE, NameIndex.TYPE_ENTRY)), BooleanClause.Occur.FILTER);
        if (scope.publicOnly()) {
            b.add(new TermQuery(new Term(NameIndex.PUBLIC, "true")), BooleanClause.Occur.FILTER);
        }
        scope.lists().ifPresent(ids -> b.add(new TermInSetQuery(NameIndex.LIST, ids.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER));
        return b.build();
    }

    private List<SearchHit> registryHits(IndexSearcher s, Query q, int wanted, List<AnalysedName> names, MatchSubject subject)
            throws IOException {
        List<SearchHit> out = new ArrayList<>();
        for (ScoreDoc sd : s.search(q, wanted).scoreDocs) {
            Document d = s.storedFields().document(sd.doc);
            List<String> candidateNames = List.of(d.getValues(NameIndex.NAME));
            MatchSubject candidate = new MatchSubject(candidateNames, Optional.ofNullable(d.get(NameIndex.BIRTH)).map(BirthDate::parse),
                    Optional.ofNullable(d.get(NameIndex.GENDER)).map(Person.Gender::valueOf),
                    Set.copyOf(Arrays.stream(d.getValues(NameIndex.NATIONALITY)).map(Country::of).toList()));
            score(names, subject, candidate).ifPresent(m ->
                    out.add(new SearchHit(new SearchHit.RegistryPerson(RecordId.of(d.get(NameIndex.UID)), candidateNames.get(0)), m)));
        }
        return out;
    }

    private List<SearchHit> listHits(IndexSearcher s, Query q, int wanted, List<AnalysedName> names, MatchSubject subject)
            throws IOException {
        List<SearchHit> out = new ArrayList<>();
        Map<String, WatchList.ListInfo> infos = new HashMap<>();
        for (ScoreDoc sd : s.search(q, wanted).scoreDocs) {
            Document d = s.storedFields().document(sd.doc);
            ListEntry e = NameIndex.entry(d);
            String listId = d.get(NameIndex.LIST);
            WatchList.ListInfo info = infos.computeIfAbsent(listId, id -> listInfo(s, id));
            MatchSubject candidate = new MatchSubject(e.names(), e.birthDate(), e.gender(), Set.copyOf(e.nationalities()));
            score(names, subject, candidate).ifPresent(m -> out.add(new SearchHit(
                    new SearchHit.ListPerson(info, e.id(), e.names().get(0), e.reference(), e.sourceUrl()), m)));
        }
        return out;
    }

    private static WatchList.ListInfo listInfo(IndexSearcher s, String listId) {
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new TermQuery(new Term(NameIndex.LIST, listId)), BooleanClause.Occur.FILTER);
            b.add(new TermQuery(new Term(NameIndex.TYPE, NameIndex.TYPE_LIST)), BooleanClause.Occur.FILTER);
            ScoreDoc[] docs = s.search(b.build(), 1).scoreDocs;
            return NameIndex.info(s.storedFields().document(docs[0].doc));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<NameMatch> score(List<AnalysedName> names, MatchSubject query, MatchSubject candidate) {
        List<AnalysedName> analysed = new ArrayList<>();
        for (String n : candidate.names()) {
            try {
                analysed.addAll(matcher.analyser().analyseAll(n));
            } catch (NameInputException e) {
                // kept for display only, see NameIndex
            }
        }
        if (analysed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matcher.compare(names, query, analysed, candidate));
    }
}
