package org.tutela.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How Tutela's speed and memory grow with the list: the speed run at 1,000,000 names beside the run at 10,000,000
 * (index on disk, built in batches with bounded heap). The larger run has no JMH figure (its fork would build the
 * index again), so the harness timer's latency is what compares.
 */
final class Growth {
    /** A speed result and when its file was written. */
    record Run(JsonNode speed, Instant written) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Growth() {
    }

    static void render(StringBuilder out, List<Run> runs) {
        if (runs.size() < 2) {
            return;
        }
        out.append("#### How it grows: Tutela at ");
        out.append(String.join(" and ", runs.stream().map(r -> String.format(Locale.ROOT, "%,d", r.speed().path("indexedNames").asLong())).toList()));
        out.append(" names\n\n| figure |");
        runs.forEach(r -> out.append(String.format(Locale.ROOT, " %,d names |", r.speed().path("indexedNames").asLong())));
        out.append("\n|---|").append("---|".repeat(runs.size())).append("\n");
        row(out, runs, "results written", r -> WHEN.format(r.written()));
        row(out, runs, "indexed at a time", r -> String.format(Locale.ROOT, "%,d", r.speed().path("batch").asLong()));
        row(out, runs, "index build (s)", r -> String.format(Locale.ROOT, "%.1f", r.speed().path("buildSeconds").asDouble()));
        row(out, runs, "bulk screening (names/s)", r -> String.format(Locale.ROOT, "%.0f", r.speed().path("namesPerSecond").asDouble()));
        row(out, runs, "CPU per bulk name (ms)", r -> String.format(Locale.ROOT, "%.2f", r.speed().path("bulkCpuMillisPerName").asDouble()));
        row(out, runs, "five-name request p50 / p99, harness timer (ms)", r -> String.format(Locale.ROOT, "%.1f / %.1f",
                r.speed().path("harnessP50Millis").asDouble(), r.speed().path("harnessP99Millis").asDouble()));
        row(out, runs, "heap after build / maximum (MB)", r -> r.speed().path("memory").path("heapAfterBuildMb").asLong() + " / "
                + r.speed().path("memory").path("maxHeapMb").asLong());
        row(out, runs, "process peak resident memory (MB)", r -> Long.toString(r.speed().path("memory").path("residentPeakMb").asLong()));
        row(out, runs, "index on disk (MB)", r -> Long.toString(r.speed().path("memory").path("indexOnDiskMb").asLong()));
        out.append("\n");
    }

    private static void row(StringBuilder out, List<Run> runs, String label, java.util.function.Function<Run, String> cell) {
        out.append("| ").append(label).append(" |");
        runs.forEach(r -> out.append(" ").append(cell.apply(r)).append(" |"));
        out.append("\n");
    }
}
