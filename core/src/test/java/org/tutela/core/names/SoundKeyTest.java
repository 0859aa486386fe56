package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.names.ComparatorFixture.part;

/** The consonant keys a part is retrieved by across an abjad: the same ones for both spellings of a name. */
class SoundKeyTest {

    @Test
    void anUnvowelledSpellingAndItsLatinFormShareAConsonantKey() {
        // the vowel table has no entry for this surname: its romanisations keep no vowel, the Latin form has them all
        assertThat(SoundKey.retrievalKeys(part("بلكلام"))).containsAnyElementsOf(SoundKey.retrievalKeys(part("Belkalem")));
        assertThat(SoundKey.retrievalKeys(part("جرمان"))).containsAnyElementsOf(SoundKey.retrievalKeys(part("Djermane")));
    }

    @Test
    void differentConsonantsShareNone() {
        assertThat(SoundKey.retrievalKeys(part("بلكلام"))).doesNotContainAnyElementsOf(SoundKey.retrievalKeys(part("Belkacem")));
    }

    @Test
    void keysAreMarkedAndShortOrInitialPartsHaveNone() {
        assertThat(SoundKey.retrievalKeys(part("Belkalem"))).isNotEmpty().allMatch(k -> k.startsWith(SoundKey.INDEX_PREFIX));
        assertThat(SoundKey.retrievalKeys(part("Ali"))).as("two consonants begin too many names").isEmpty();
        assertThat(SoundKey.retrievalKeys(part("B"))).isEmpty();
    }

    @Test
    void onlyAbjadPartsAreWrittenWithoutVowels() {
        assertThat(SoundKey.abjad(part("محمد"))).isTrue();
        assertThat(SoundKey.abjad(part("Mohamed"))).isFalse();
        assertThat(SoundKey.abjad(part("Мухаммед"))).isFalse();
    }
}
