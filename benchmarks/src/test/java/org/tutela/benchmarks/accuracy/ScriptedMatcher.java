package org.tutela.benchmarks.accuracy;

import org.tutela.benchmarks.matching.BenchName;
import org.tutela.benchmarks.matching.Candidate;
import org.tutela.benchmarks.matching.CandidateMatcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A matcher whose answers are written out by the test, so that the expected figures can be worked out by hand. */
final class ScriptedMatcher implements CandidateMatcher {

    private final Map<String, List<Candidate>> rankings = new HashMap<>();
    private final Map<String, Double> pairScores = new HashMap<>();
    private final double threshold;

    ScriptedMatcher(double threshold) {
        this.threshold = threshold;
    }

    ScriptedMatcher ranking(String queryId, Candidate... ranked) {
        rankings.put(queryId, List.of(ranked));
        return this;
    }

    ScriptedMatcher pair(String a, String b, double score) {
        pairScores.put(a + "|" + b, score);
        return this;
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public String description() {
        return "answers written by the test";
    }

    @Override
    public void index(List<BenchName> names) {
    }

    @Override
    public List<Candidate> query(BenchName query, int k) {
        List<Candidate> r = rankings.getOrDefault(query.id(), List.of());
        return r.subList(0, Math.min(k, r.size()));
    }

    @Override
    public double score(String a, String b) {
        return pairScores.getOrDefault(a + "|" + b, 0.0);
    }

    @Override
    public double defaultThreshold() {
        return threshold;
    }
}
