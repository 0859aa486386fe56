package org.tutela.core.names;

import java.util.Arrays;
import java.util.Optional;

/**
 * The same letters in another order, reversed or shuffled, as when a name is typed to slip a filter (nituP). Keys
 * shorter than five letters are too often anagrams of other names (Amir / Mira). Asked only of leftover parts.
 */
final class ScrambledComparator implements PartComparator {
    static final double SIMILARITY = 0.85;
    static final int MIN_SCRAMBLED = 5;

    @Override
    public Optional<Correspondence> compare(NamePart a, NamePart b) {
        if (a.isInitial() || b.isInitial()) {
            return Optional.empty();
        }
        for (String x : a.keySet()) {
            if (x.length() < MIN_SCRAMBLED) {
                continue;
            }
            char[] sx = x.toCharArray();
            Arrays.sort(sx);
            for (String y : b.keySet()) {
                if (y.length() == x.length() && !y.equals(x)) {
                    char[] sy = y.toCharArray();
                    Arrays.sort(sy);
                    if (Arrays.equals(sx, sy)) {
                        return Optional.of(new Correspondence(SIMILARITY, PartMatch.Kind.SCRAMBLED,
                                () -> "the same letters in another order (keys " + x + " / " + y + ")"));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
