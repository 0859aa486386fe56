package org.tutela.core.names;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The comparators the matcher asks about two parts, in order, in one place: the first that answers decides, so a
 * closer kind of correspondence comes before a looser one.
 */
final class PartComparators {
    private final List<PartComparator> chain;

    PartComparators(List<PartComparator> chain) {
        this.chain = List.copyOf(chain);
    }

    /** @param analyse the analysis of one word (the father's name inside a patronymic) */
    static PartComparators standard(NameEquivalents equivalents, Function<String, NamePart> analyse) {
        return new PartComparators(List.of(
                new ExactComparator(),
                new InitialComparator(),
                new SharedKeyComparator(),
                new EquivalentNameComparator(equivalents),
                new DiminutiveComparator(equivalents),
                new FathersNameComparator(equivalents, analyse),
                new SurnameFormComparator(),
                new TypoComparator(),
                new SoundComparator()));
    }

    List<PartComparator> chain() {
        return chain;
    }

    /** What the first comparator that answers says; {@link Correspondence#NONE} when none does. */
    Correspondence compare(NamePart a, NamePart b) {
        for (PartComparator c : chain) {
            Optional<Correspondence> r = c.compare(a, b);
            if (r.isPresent()) {
                return r.get();
            }
        }
        return Correspondence.NONE;
    }
}
