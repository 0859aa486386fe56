package org.tutela.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tutela.core.names.AnalysedName;
import org.tutela.core.names.MatchSubject;
import org.tutela.core.names.NameInputException;
import org.tutela.core.names.NameMatch;
import org.tutela.core.names.NameMatcher;
import org.tutela.core.registry.RecordId;

/**
 * Name search over the registry and lists, whatever the {@link NameIndex} behind it: candidates come from the index by
 * romanisation key, equivalence group and near-miss key ({@link CandidateQuery}), then the {@link NameMatcher} scores
 * each and explains it. Rescoring stays here, so that every backend ranks and explains alike.
 */
public final class NameSearch {
    public static final int MAX_LIMIT = 500;
    /** How many candidates per wanted hit are rescored: retrieval is loose, the matcher is strict. */
    static final int CANDIDATES_PER_HIT = 3;
    static final int MIN_CANDIDATES = 40;

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
        return search(query, scope, limit, id -> true);
    }

    /**
     * The same, keeping only the registry persons {@code visible} accepts. The filter runs on the scored
     * candidates in rank order, before the limit, so that persons the caller may not see never take a
     * result slot (and a short answer never tells that a hidden person ranked higher). It is asked about
     * as few candidates as filling the limit takes.
     */
    public List<SearchHit> search(NameQuery query, Scope scope, int limit, Predicate<RecordId> visible) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        List<AnalysedName> names = query.names().stream().flatMap(n -> matcher.analyser().analyseAll(n).stream()).toList();
        CandidateQuery candidates = CandidateQuery.of(names);
        if (candidates.isEmpty()) {
            return List.of();
        }
        MatchSubject subject = new MatchSubject(query.names(), query.birthDate(), query.gender(), query.nationalities());
        int wanted = Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_HIT);
        List<SearchHit> hits = new ArrayList<>();
        if (scope.registry() && !scope.publicOnly()) {
            hits.addAll(hits(index.registryCandidates(candidates, wanted), names, subject, query.minScore(), limit,
                    f -> visible.test(RecordId.of(f.id()))));
        }
        if (scope.listsToo()) {
            hits.addAll(hits(index.listCandidates(candidates, scope, wanted), names, subject, query.minScore(), limit, f -> true));
        }
        return hits.stream()
                .sorted(BEST_FIRST)
                .limit(limit)
                .toList();
    }

    /** A candidate rescored. */
    private record Scored(Candidate candidate, NameMatch match) {
        String name() {
            return candidate.facts().names().get(0);
        }
    }

    private static final Comparator<SearchHit> BEST_FIRST = Comparator.comparingDouble((SearchHit h) -> -h.match().score())
            .thenComparing(h -> h.found().name());
    private static final Comparator<Scored> SCORED_BEST_FIRST = Comparator.comparingDouble((Scored c) -> -c.match().score())
            .thenComparing(Scored::name);

    /**
     * The best {@code limit} hits at or above {@code minScore} among the candidates, those {@code shown} refuses left
     * out (asked in rank order, no further than the limit takes). Hits that rank equal keep the order of the
     * candidates, so that the caller's final (stable) sort of the registry's and the lists' hits gives what sorting
     * every candidate would.
     */
    private List<SearchHit> hits(List<Candidate> candidates, List<AnalysedName> names, MatchSubject subject, double minScore,
                                 int limit, Predicate<IndexedFacts> shown) {
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            IndexedFacts f = c.facts();
            MatchSubject candidate = new MatchSubject(f.names(), f.birthDate(), f.gender(), Set.copyOf(f.nationalities()));
            score(names, subject, f, candidate).filter(m -> m.score() >= minScore).ifPresent(m -> scored.add(new Scored(c, m)));
        }
        scored.sort(SCORED_BEST_FIRST);
        List<SearchHit> out = new ArrayList<>(Math.min(limit, scored.size()));
        for (Scored c : scored) {
            if (out.size() >= limit) {
                break;
            }
            IndexedFacts f = c.candidate().facts();
            if (!shown.test(f)) {
                continue;
            }
            SearchHit.Found found = c.candidate().list()
                    .<SearchHit.Found>map(list -> new SearchHit.ListPerson(list, f.id(), c.name(), f.reference(), f.sourceUrl()))
                    .orElseGet(() -> new SearchHit.RegistryPerson(RecordId.of(f.id()), c.name()));
            out.add(new SearchHit(found, c.match()));
        }
        return out;
    }

    private Optional<NameMatch> score(List<AnalysedName> names, MatchSubject query, IndexedFacts facts, MatchSubject candidate) {
        List<AnalysedName> analysed = facts.analysedNames(matcher.analyser());
        if (analysed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matcher.compare(names, query, analysed, candidate));
    }
}
