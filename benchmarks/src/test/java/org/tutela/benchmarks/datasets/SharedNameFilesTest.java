package org.tutela.benchmarks.datasets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tutela.benchmarks.matching.BenchName;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The readers accept the real shared files as they are (skipped where the shared data is absent). */
class SharedNameFilesTest {

    private static Path dir;

    @BeforeAll
    static void locate() {
        dir = SharedData.sharedDir().resolve("data").resolve("names");
        assumeTrue(Files.isDirectory(dir), "shared name data not found at " + dir + "; skipped");
    }

    @Test
    void everyBenchmarkFileReads() {
        List<BenchName> eu = NameDatasets.euClusters(dir.resolve(NameDatasets.EU_CLUSTERS));
        assertThat(eu).isNotEmpty().allSatisfy(n -> assertThat(n.text()).isNotBlank());
        assertThat(NameDatasets.ofacClusters(dir.resolve(NameDatasets.OFAC_CLUSTERS))).isNotEmpty();
        assertThat(NameDatasets.yentePersons(dir.resolve(NameDatasets.NEGATIVES), "neg")).isNotEmpty();
        List<BenchName> treated = NameDatasets.yentePersons(dir.resolve(NameDatasets.YENTE_UN_TREATED), "un");
        List<BenchName> untreated = NameDatasets.yentePersons(dir.resolve(NameDatasets.YENTE_UN_UNTREATED), "un");
        assertThat(treated).hasSameSizeAs(untreated);
        assertThat(NameDatasets.nomenklaturaCases(dir.resolve(NameDatasets.NOMENKLATURA_CASES)))
                .anyMatch(p -> p.origin() == LabelledPair.Origin.HAND_CURATED)
                .anyMatch(p -> p.origin() == LabelledPair.Origin.MACHINE_GENERATED);
    }
}
