package org.tutela.benchmarks.accuracy;

import org.tutela.benchmarks.matching.BenchName;

import java.util.List;

/**
 * A retrieval benchmark: every query is searched among the indexed names; the indexed names of the query's entity
 * (other than the query itself, matched by id) are the ones it should find. Entities with no other name in the
 * index contribute no query.
 */
public record RetrievalTask(String name, String description, List<BenchName> indexed, List<BenchName> queries) {

    public RetrievalTask {
        indexed = List.copyOf(indexed);
        queries = List.copyOf(queries);
    }
}
