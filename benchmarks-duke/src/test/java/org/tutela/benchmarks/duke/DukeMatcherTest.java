package org.tutela.benchmarks.duke;

import org.junit.jupiter.api.Test;
import org.tutela.benchmarks.matching.BenchName;
import org.tutela.benchmarks.matching.Candidate;
import org.tutela.benchmarks.matching.CandidateMatcher;
import org.tutela.benchmarks.matching.Matchers;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Duke runs on its own Lucene 4 classpath and answers through the harness's interface. Invented names only. */
class DukeMatcherTest {

    private static BenchName person(String id, String text, String birth) {
        return new BenchName(id, id.substring(0, 1), text, Optional.of(birth), Optional.empty(), Optional.empty());
    }

    @Test
    void findsTheCloseSpellingFirstAndScoresIt() {
        try (CandidateMatcher duke = Matchers.create(Matchers.DUKE)) {
            duke.index(List.of(
                    person("a1", "Marta Kovalenko", "1980"),
                    person("b1", "Oleg Marchuk", "1969"),
                    person("c1", "Marta Kowalska", "1955")));
            List<Candidate> found = duke.query(person("q", "KOVALENKO, Marta", "1980"), 10);
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).nameId()).isEqualTo("a1");
            assertThat(found.get(0).score()).isGreaterThanOrEqualTo(duke.defaultThreshold());
            assertThat(found).noneMatch(c -> c.nameId().equals("b1"));
            assertThat(duke.score("Marta Kovalenko", "Oleg Marchuk")).isLessThan(duke.defaultThreshold());
        }
    }

    @Test
    void dukeRunsOnLucene4NotTheProductLucene() throws Exception {
        Class<?> version = Class.forName("org.apache.lucene.util.Version");
        assertThat(version.getField("LUCENE_40")).isNotNull();
    }
}
