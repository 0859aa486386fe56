package org.tutela.benchmarks.matching;

import java.util.List;
import java.util.OptionalLong;

/**
 * What the benchmark needs from a name matcher: build an index of names, retrieve and rank candidates for a query
 * name, and score a bare pair of names. Tutela's matcher, the Jaro-Winkler baseline and the Duke peer all implement
 * it, so every figure is computed by the same harness code.
 *
 * <p>Implementations are created fresh for each run by {@link Matchers}; {@link #index} is called once, after which
 * {@link #query} and {@link #score} must be safe to call from several threads at once (the bulk throughput run uses
 * one thread per core).
 */
public interface CandidateMatcher extends AutoCloseable {

    /** Short name used on the command line and in the report ("tutela", "jaro-winkler", "duke"). */
    String name();

    /** One line saying how the matcher is configured, for the report. */
    String description();

    /** Indexes the names; called once, or several times in a row when {@link #indexesInBatches()}, each adding to the index. */
    void index(List<BenchName> names);

    /** True when {@link #index} can be called several times, each batch adding to the index (a corpus too large for the heap). */
    default boolean indexesInBatches() {
        return false;
    }

    /** Called once after the last batch of {@link #index}; its time counts in the build. */
    default void indexingDone() {
    }

    /** What the index takes on disk, for a matcher whose index is on disk. */
    default OptionalLong indexBytes() {
        return OptionalLong.empty();
    }

    /** The best {@code k} indexed names for {@code query}, best first. May return fewer. */
    List<Candidate> query(BenchName query, int k);

    /** Similarity of two bare names in [0,1], without any other evidence. */
    double score(String a, String b);

    /** Why {@link #score} says what it says about two names, when the matcher can tell; empty otherwise. */
    default String explain(String a, String b) {
        return "";
    }

    /** The score from which the matcher's default configuration reports a match. */
    double defaultThreshold();

    @Override
    default void close() {
    }
}
