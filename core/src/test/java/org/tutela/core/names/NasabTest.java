package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Arabic nasab (bin Muhammad ibn Awad ...) that one name writes out and the other leaves out costs as a missing
 * patronymic; a nasab naming other fathers is a different person.
 */
class NasabTest {
    private final NameMatcher matcher = NameMatcher.standard();

    @Test
    void aChainOfFathersNamesLeftOutCostsLittle() {
        NameMatch m = matcher.compare("Osama bin Laden", "Usama bin Muhammad ibn Awad ibn Ladin");
        assertThat(m.isMatch()).as(m.explain()).isTrue();
        assertThat(m.parts()).extracting(PartMatch::kind).contains(PartMatch.Kind.PATRONYMIC_MISSING);
    }

    @Test
    void theSameWordsWithoutSonOfAreOtherNames() {
        // minimal pair: without bin / ibn nothing says the extra words are fathers' names
        NameMatch m = matcher.compare("Osama Laden", "Usama Muhammad Awad Ladin");
        assertThat(m.isMatch()).as(m.explain()).isFalse();
    }

    @Test
    void anotherFatherIsAnotherPerson() {
        NameMatch m = matcher.compare("Mohammed bin Salman", "Mohammed bin Nayef");
        assertThat(m.isMatch()).as(m.explain()).isFalse();
        NameMatch n = matcher.compare("Muhammad bin Salman", "Usama bin Muhammad ibn Awad ibn Ladin");
        assertThat(n.isMatch()).as(n.explain()).isFalse();
    }

    @Test
    void aFirstBenIsAGivenNameNotALink() {
        assertThat(Leftovers.nasabLink(NameAnalyser.standard().analyse("Ben Netanyahu").parts(), 1)).isFalse();
    }
}
