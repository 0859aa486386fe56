package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.names.ComparatorFixture.pairs;
import static org.tutela.core.names.ComparatorFixture.passes;

class SharedKeyComparatorTest {
    private final SharedKeyComparator c = new SharedKeyComparator();

    @Test
    void anotherScriptIsATransliterationNamedWithItsSystem() {
        Correspondence r = pairs(c, "Щербакова", "Shcherbakova", PartMatch.Kind.TRANSLITERATION);
        assertThat(r.detail().get()).contains("shcherbakova");
    }

    @Test
    void theSameScriptIsASpellingVariant() {
        pairs(c, "Iuliia", "Yuliya", PartMatch.Kind.SPELLING_VARIANT);
        passes(c, "Yuliya", "Yelena");
    }
}
