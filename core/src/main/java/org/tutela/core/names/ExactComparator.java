package org.tutela.core.names;

import java.util.Optional;

/** The same part after normalisation. */
final class ExactComparator implements PartComparator {
    static final double SIMILARITY = 1.0;
    private static final Correspondence SAME = Correspondence.of(SIMILARITY, PartMatch.Kind.EXACT, "same after normalisation");

    @Override
    public Optional<Correspondence> compare(NamePart a, NamePart b) {
        return a.text().equals(b.text()) ? Optional.of(SAME) : Optional.empty();
    }
}
