package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.tutela.core.names.ComparatorFixture.ANALYSER;
import static org.tutela.core.names.ComparatorFixture.pairs;
import static org.tutela.core.names.ComparatorFixture.passes;

class DiminutiveComparatorTest {
    private final DiminutiveComparator c = new DiminutiveComparator(ANALYSER.equivalents());

    @Test
    void aFullFormAndItsShortForm() {
        pairs(c, "Bota", "Botagoz", PartMatch.Kind.DIMINUTIVE);
        pairs(c, "Bill", "William", PartMatch.Kind.DIMINUTIVE);
        passes(c, "Bill", "Robert");
    }
}
