package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.names.ComparatorFixture.pairs;
import static org.tutela.core.names.ComparatorFixture.part;
import static org.tutela.core.names.ComparatorFixture.passes;

class InitialComparatorTest {
    private final InitialComparator c = new InitialComparator();

    @Test
    void anInitialStandsForAPartThatBeginsWithIt() {
        pairs(c, "Ж", "Zhanna", PartMatch.Kind.INITIAL);
        pairs(c, "J", "Jeanne", PartMatch.Kind.INITIAL);
    }

    @Test
    void anInitialOfAnotherLetterOrTwoInitialsCorrespondToNothing() {
        assertThat(c.compare(part("K"), part("Zhanna"))).contains(Correspondence.NONE);
        assertThat(c.compare(part("K"), part("K"))).contains(Correspondence.NONE);
        passes(c, "Zhanna", "Jeanne");
    }
}
