package org.tutela.benchmarks.matching;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The matchers of this classpath answer through the harness's interface. Invented names only. */
class MatchersTest {

    private static final List<BenchName> NAMES = List.of(
            new BenchName("a/0", "a", "Marta Kovalenko", Optional.of("1980-07-03"), Optional.empty(), Optional.of("female")),
            new BenchName("b/0", "b", "Oleg Marchuk", Optional.of("1969"), Optional.empty(), Optional.of("male")),
            new BenchName("c/0", "c", "Marta Kowalska", Optional.of("1955"), Optional.empty(), Optional.of("female")),
            BenchName.bare("d/0", "d", "Ivan Petrenko"));

    @Test
    void tutelaFindsTheLatinSpellingOfACyrillicQuery() {
        try (CandidateMatcher tutela = Matchers.create(Matchers.TUTELA)) {
            tutela.index(NAMES);
            List<Candidate> found = tutela.query(new BenchName("q", "q", "Марта Коваленко", Optional.of("1980"),
                    Optional.empty(), Optional.empty()), 10);
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).entityId()).isEqualTo("a");
            assertThat(found).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
            assertThat(tutela.score("Marta Kovalenko", "Oleg Marchuk")).isLessThan(tutela.defaultThreshold());
        }
    }

    @Test
    void tutelaIndexedInBatchesFindsNamesOfEveryBatchAndTellsItsSizeOnDisk() {
        try (CandidateMatcher tutela = Matchers.create(Matchers.TUTELA)) {
            assertThat(tutela.indexesInBatches()).isTrue();
            tutela.index(NAMES.subList(0, 2));
            tutela.index(NAMES.subList(2, 4));
            assertThat(tutela.query(BenchName.bare("q", "q", "Марта Коваленко"), 10)).extracting(Candidate::entityId).startsWith("a");
            assertThat(tutela.query(BenchName.bare("q", "q", "Іван Петренко"), 10)).extracting(Candidate::entityId).startsWith("d");
            BenchName own = BenchName.bare("e", "e", "Oksana Bondar");
            tutela.index(List.of(own));
            assertThat(tutela.query(BenchName.bare("q", "q", "Oksana Bondar"), 10)).extracting(Candidate::entityId)
                    .as("a name that is its own person").startsWith("e");
            assertThat(tutela.indexBytes().orElse(0)).isPositive();
        }
    }

    @Test
    void jaroWinklerRanksTheCloseSpellingFirstWithinItsBlock() {
        try (CandidateMatcher jw = Matchers.create(Matchers.JARO_WINKLER)) {
            jw.index(NAMES);
            List<Candidate> found = jw.query(BenchName.bare("q", "q", "Marta Kovalenka"), 10);
            assertThat(found).extracting(Candidate::nameId).startsWith("a/0");
            // Ivan Petrenko shares no two-letter token prefix with the query: never compared
            assertThat(found).extracting(Candidate::nameId).doesNotContain("d/0");
            assertThat(jw.score("MARTA  KOVALENKO", "marta kovalenko")).isEqualTo(1.0);
        }
    }

    @Test
    void thePeerIsNotOnThisClasspath() {
        assertThatThrownBy(() -> Matchers.create(Matchers.DUKE))
                .isInstanceOf(Matchers.MatcherUnavailableException.class)
                .hasMessageContaining("benchmarks-duke");
    }
}
