package org.tutela.benchmarks.matching;

/**
 * One indexed name a matcher proposes for a query, with its score in [0,1] on the matcher's own scale
 * (compare it with that matcher's {@link CandidateMatcher#defaultThreshold()}, never across matchers).
 */
public record Candidate(String nameId, String entityId, double score) {
}
