package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.names.ComparatorFixture.pairs;
import static org.tutela.core.names.ComparatorFixture.passes;

class TypoComparatorTest {
    private final TypoComparator c = new TypoComparator();

    @Test
    void oneLetterInAMiddleLengthWordTwoInALongOne() {
        assertThat(pairs(c, "Hrynko", "Hrinko", PartMatch.Kind.TYPO).similarity()).isBetween(0.6, 0.95);
        pairs(c, "Shcherbakova", "Shcherbokava", PartMatch.Kind.TYPO);
    }

    @Test
    void vowelsAloneMayDifferTwiceInAWordOfFive() {
        pairs(c, "Morozov", "Marazov", PartMatch.Kind.TYPO);
    }

    @Test
    void shortWordsGetNoAllowanceAndOthersDifferTooMuch() {
        passes(c, "Ivan", "Olga");
        passes(c, "Li", "Lu");
    }
}
