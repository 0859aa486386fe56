package org.tutela.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GrowthTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Growth.Run run(long names, double perSecond, long diskMb) throws Exception {
        return new Growth.Run(JSON.readTree("{\"indexedNames\":" + names + ",\"batch\":" + names + ",\"buildSeconds\":36.5,"
                + "\"namesPerSecond\":" + perSecond + ",\"bulkCpuMillisPerName\":0.625,\"harnessP50Millis\":3.0,\"harnessP99Millis\":5.5,"
                + "\"memory\":{\"heapAfterBuildMb\":216,\"maxHeapMb\":8192,\"residentPeakMb\":4577,\"indexOnDiskMb\":" + diskMb + "}}"),
                Instant.parse("2026-12-05T06:30:00Z"));
    }

    @Test
    void bothSizesStandSideBySide() throws Exception {
        StringBuilder out = new StringBuilder();
        Growth.render(out, List.of(run(1_000_000, 2864.5, 157), run(10_000_000, 777.4, 1582)));
        assertThat(out.toString())
                .contains("| figure | 1,000,000 names | 10,000,000 names |")
                .contains("| bulk screening (names/s) | 2865 | 777 |")
                .contains("| index on disk (MB) | 157 | 1582 |")
                .contains("| results written | 2026-12-05 06:30 UTC | 2026-12-05 06:30 UTC |");
    }

    @Test
    void oneSizeAloneShowsNothing() throws Exception {
        StringBuilder out = new StringBuilder();
        Growth.render(out, List.of(run(1_000_000, 2864.5, 157)));
        assertThat(out).isEmpty();
    }
}
