package org.tutela.search.opensearch;

import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.tutela.search.CandidateQuery;
import org.tutela.search.Scope;

/**
 * A {@link CandidateQuery} in OpenSearch's query language, ranking as the Lucene adapter ranks: per part, a
 * {@code constant_score} over its keys ({@code terms}), near-miss keys ({@code fuzzy}, one-letter prefix,
 * transpositions, {@link CandidateQuery#FUZZY_EXPANSIONS} expansions) and groups ({@code terms}), boosted by the part's
 * weight, or by {@link CandidateQuery#SOUND_WEIGHT} of it when only its consonant keys match ({@code dis_max}); the
 * parts' scores add up.
 */
final class CandidateQueries {
    private CandidateQueries() {
    }

    static Query byName(CandidateQuery query) {
        List<Query> parts = new ArrayList<>();
        for (CandidateQuery.Part part : query.parts()) {
            List<Query> any = new ArrayList<>();
            any.add(terms(IndexLayout.KEY, part.keys()));
            for (CandidateQuery.Fuzzy f : part.fuzzy()) {
                any.add(Query.of(q -> q.fuzzy(z -> z.field(IndexLayout.KEY).value(FieldValue.of(f.key())).fuzziness(Integer.toString(f.edits()))
                        .prefixLength(CandidateQuery.FUZZY_PREFIX).maxExpansions(CandidateQuery.FUZZY_EXPANSIONS).transpositions(true))));
            }
            if (!part.groups().isEmpty()) {
                any.add(terms(IndexLayout.GROUP, part.groups()));
            }
            // each part counts once, whatever the number of keys it matched, so more matched parts rank higher
            Query matched = Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
            Query spelled = Query.of(q -> q.constantScore(c -> c.filter(matched).boost(part.weight())));
            if (part.sounds().isEmpty()) {
                parts.add(spelled);
            } else {
                // found by consonants only, a part counts less (CandidateQuery.SOUND_WEIGHT); found both ways, once
                Query sounded = Query.of(q -> q.constantScore(c -> c.filter(terms(IndexLayout.KEY, part.sounds()))
                        .boost(part.weight() * CandidateQuery.SOUND_WEIGHT)));
                parts.add(Query.of(q -> q.disMax(d -> d.queries(spelled, sounded).tieBreaker(0.0))));
            }
        }
        return Query.of(q -> q.bool(b -> b.should(parts).minimumShouldMatch("1")));
    }

    /** Entries of the scope's lists only (public ones only for a public scope). */
    static Query inLists(CandidateQuery query, Scope scope) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.term(t -> t.field(IndexLayout.TYPE).value(FieldValue.of(IndexLayout.TYPE_ENTRY)))));
        if (scope.publicOnly()) {
            filters.add(Query.of(q -> q.term(t -> t.field(IndexLayout.PUBLIC).value(FieldValue.of(true)))));
        }
        scope.lists().ifPresent(ids -> filters.add(terms(IndexLayout.LIST, List.copyOf(ids))));
        Query names = byName(query);
        return Query.of(q -> q.bool(b -> b.must(names).filter(filters)));
    }

    static Query terms(String field, List<String> values) {
        List<FieldValue> v = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(f -> f.value(v))));
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }
}
