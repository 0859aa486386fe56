package org.tutela.search;

import org.junit.jupiter.api.Test;
import org.tutela.core.names.NameAnalyser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a query asks an index for, part by part, whatever the backend. */
class CandidateQueryTest {
    private static final NameAnalyser ANALYSER = NameAnalyser.standard();

    private static CandidateQuery of(String name) {
        return CandidateQuery.of(ANALYSER.analyseAll(name));
    }

    @Test
    void partsWeighAsInTheMatchersScore() {
        List<CandidateQuery.Part> parts = of("Hassan al-Masri").parts();
        assertThat(parts).extracting(CandidateQuery.Part::weight).as("a particle inside a name counts a fifth")
                .containsExactly(1f, 0.2f, 1f);
        assertThat(of("Иван Петрович Сидоров").parts()).extracting(CandidateQuery.Part::weight).as("a patronymic half")
                .containsExactly(1f, 0.5f, 1f);
        assertThat(of("Ben Smith").parts()).extracting(CandidateQuery.Part::weight).as("a first Ben is a given name")
                .containsExactly(1f, 1f);
    }

    @Test
    void everyPartSeeksItsConsonantsApartFromItsSpellings() {
        CandidateQuery.Part belkalem = of("Belkalem").parts().get(0);
        assertThat(belkalem.sounds()).isNotEmpty().doesNotContainAnyElementsOf(belkalem.keys());
        assertThat(belkalem.fuzzy()).extracting(CandidateQuery.Fuzzy::key).doesNotContainAnyElementsOf(belkalem.sounds());
    }
}
