package org.tutela.benchmarks.accuracy;

import java.util.Map;

/**
 * Figures of one matcher on one {@link RetrievalTask}; definitions in {@link RetrievalEvaluation}.
 *
 * @param byKind keyed by {@link org.tutela.benchmarks.kinds.PairKind} name
 */
public record RetrievalResult(String task, int indexed, int queries, double threshold, Ratio recallAt1, Ratio recallAt10,
                             Ratio precisionAtThreshold, Ratio pairRecallAtThreshold, double pairF1AtThreshold,
                             Map<String, KindResult> byKind, double seconds) {

    public record KindResult(String label, Ratio recallAt1, Ratio recallAt10, Ratio precisionAtThreshold,
                             Ratio pairRecallAtThreshold) {
    }
}
