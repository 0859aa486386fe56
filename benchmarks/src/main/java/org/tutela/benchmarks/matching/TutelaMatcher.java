package org.tutela.benchmarks.matching;

import java.util.List;

/**
 * THE PLUG-IN POINT FOR TUTELA'S NAME MATCHER. This is the one class to change when the matcher of
 * {@code org.tutela.core.names} and the index of the {@code search} module are ready:
 * <ol>
 *   <li>{@link #index}: build the search module's index over the given names (one indexed name per BenchName; keep
 *       the BenchName id and entity id so that candidates can be reported back);</li>
 *   <li>{@link #query}: search for the query name with its evidence (birth date, nationality, gender), return the
 *       top k as {@link Candidate}s with the matcher's final score in [0,1];</li>
 *   <li>{@link #score}: the scorer on two bare names;</li>
 *   <li>{@link #defaultThreshold}: the threshold the screening uses by default.</li>
 * </ol>
 * Until then the constructor reports the matcher as unavailable and the report shows Tutela's column as "pending".
 */
public final class TutelaMatcher implements CandidateMatcher {

    public TutelaMatcher() {
        throw new Matchers.MatcherUnavailableException(
                "Tutela's matcher is not plugged in yet (org.tutela.core.names / search API pending on wip/names)");
    }

    @Override
    public String name() {
        return Matchers.TUTELA;
    }

    @Override
    public String description() {
        return "pending";
    }

    @Override
    public void index(List<BenchName> names) {
        throw new UnsupportedOperationException("pending");
    }

    @Override
    public List<Candidate> query(BenchName query, int k) {
        throw new UnsupportedOperationException("pending");
    }

    @Override
    public double score(String a, String b) {
        throw new UnsupportedOperationException("pending");
    }

    @Override
    public double defaultThreshold() {
        throw new UnsupportedOperationException("pending");
    }
}
