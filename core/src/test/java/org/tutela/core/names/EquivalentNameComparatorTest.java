package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.tutela.core.names.ComparatorFixture.ANALYSER;
import static org.tutela.core.names.ComparatorFixture.pairs;
import static org.tutela.core.names.ComparatorFixture.passes;

class EquivalentNameComparatorTest {
    private final EquivalentNameComparator c = new EquivalentNameComparator(ANALYSER.equivalents());

    @Test
    void formsOfOneGivenNameInTwoLanguages() {
        pairs(c, "Олександр", "Александр", PartMatch.Kind.EQUIVALENT);
        pairs(c, "Giuseppe", "Joseph", PartMatch.Kind.EQUIVALENT);
    }

    @Test
    void aShortFormIsLeftToTheDiminutiveComparator() {
        passes(c, "Bota", "Botagoz");
        passes(c, "Ivan", "Petr");
    }
}
