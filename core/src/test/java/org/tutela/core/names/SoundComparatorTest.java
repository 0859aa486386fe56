package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.tutela.core.names.ComparatorFixture.pairs;
import static org.tutela.core.names.ComparatorFixture.passes;

class SoundComparatorTest {
    private final SoundComparator c = new SoundComparator();

    @Test
    void consonantsAlikeAcrossARoughlyRomanisedScript() {
        pairs(c, "بوتين", "Putin", PartMatch.Kind.TRANSLITERATION);
    }

    @Test
    void neverBetweenTwoWellRomanisedScripts() {
        passes(c, "Putin", "Patin");
        passes(c, "Путин", "Patin");
    }
}
