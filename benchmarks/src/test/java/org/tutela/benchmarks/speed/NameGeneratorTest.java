package org.tutela.benchmarks.speed;

import org.junit.jupiter.api.Test;
import org.tutela.benchmarks.matching.BenchName;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameGeneratorTest {

    private static final List<String[]> PARTS = List.of(
            new String[]{"Marta", "", "Kovalenko"},
            new String[]{"Oleg", "Ivanovich", "Marchuk"},
            new String[]{"Олег", "Иванович", "Марчук"},
            new String[]{"Марта", "", "Коваленко"});

    @Test
    void theSameSeedGivesTheSameNames() {
        List<String> first = new NameGenerator(PARTS, 7, "g").next(50).stream().map(BenchName::text).toList();
        List<String> again = new NameGenerator(PARTS, 7, "g").next(50).stream().map(BenchName::text).toList();
        List<String> other = new NameGenerator(PARTS, 8, "g").next(50).stream().map(BenchName::text).toList();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aNameTakesAllItsPartsFromOneScript() {
        for (BenchName n : new NameGenerator(PARTS, 1, "g").next(200)) {
            boolean cyrillic = n.text().chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
            boolean latin = n.text().chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
            assertThat(cyrillic && latin).as(n.text()).isFalse();
            assertThat(n.entityId()).isEqualTo(n.id());
        }
    }

    @Test
    void listSpellingsAreTakenApartByCommaOrCapitals() {
        assertThat(NameGenerator.structure("KOVALENKO, Marta Ivanivna")).containsExactly("Marta", "Ivanivna", "KOVALENKO");
        assertThat(NameGenerator.structure("Marta Ivanivna KOVALENKO")).containsExactly("Marta", "Ivanivna", "KOVALENKO");
        assertThat(NameGenerator.structure("KOVALENKO Marta")).containsExactly("Marta", "", "KOVALENKO");
        assertThat(NameGenerator.structure("Marta Kovalenko")).isNull();
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(SpeedRun.percentile(sorted, 50)).isEqualTo(5);
        assertThat(SpeedRun.percentile(sorted, 99)).isEqualTo(10);
        assertThat(SpeedRun.percentile(new double[0], 50)).isNaN();
    }
}
