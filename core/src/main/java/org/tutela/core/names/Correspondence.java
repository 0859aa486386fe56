package org.tutela.core.names;

import java.util.function.Supplier;

/**
 * What a {@link PartComparator} found between two parts: how alike, of which kind, and why (the reason is written
 * only for the pairings the alignment keeps).
 */
record Correspondence(double similarity, PartMatch.Kind kind, Supplier<String> detail) {
    /** Below this a correspondence is no pairing. */
    static final double FLOOR = 0.60;

    /** The two parts do not correspond: the comparator that says so ends the search. */
    static final Correspondence NONE = new Correspondence(0, PartMatch.Kind.MISSING_IN_CANDIDATE, () -> "");

    static Correspondence of(double similarity, PartMatch.Kind kind, String detail) {
        return new Correspondence(similarity, kind, () -> detail);
    }

    boolean pairs() {
        return similarity >= FLOOR;
    }
}
