package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.tutela.core.names.ComparatorFixture.pairs;
import static org.tutela.core.names.ComparatorFixture.passes;

class ScrambledComparatorTest {
    private final ScrambledComparator c = new ScrambledComparator();

    @Test
    void theSameLettersInAnotherOrder() {
        pairs(c, "Nitup", "Putin", PartMatch.Kind.SCRAMBLED);
    }

    @Test
    void shortKeysAndInitialsAreNotScrambles() {
        passes(c, "Amir", "Mira");
        passes(c, "P", "Putin");
    }
}
