package org.tutela.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tutela.benchmarks.kinds.PairKind;
import org.tutela.benchmarks.matching.Matchers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the JSON results of a run into the figures section of docs/BENCHMARKS.md (between the
 * {@link #BEGIN} and {@link #END} markers; everything else in the document is left as written).
 */
public final class Report {

    public static final String BEGIN = "<!-- BEGIN GENERATED FIGURES (benchmarks report; do not edit by hand) -->";
    public static final String END = "<!-- END GENERATED FIGURES -->";

    private final Map<String, JsonNode> accuracy = new LinkedHashMap<>();
    private final Map<String, JsonNode> speed = new LinkedHashMap<>();
    private final List<String> matchers = new ArrayList<>();
    private final List<Growth.Run> growth = new ArrayList<>();

    private Report() {
    }

    public static void write(Path results, Path docs, ObjectMapper json) throws IOException {
        Report r = new Report();
        for (String m : Matchers.ALL) {
            Path a = results.resolve(m + "-accuracy.json");
            Path s = results.resolve(m + "-speed.json");
            if (Files.isRegularFile(a)) {
                r.accuracy.put(m, json.readTree(a.toFile()));
            }
            if (Files.isRegularFile(s)) {
                r.speed.put(m, json.readTree(s.toFile()));
            }
            if (Files.isRegularFile(a) || Files.isRegularFile(s)) {
                r.matchers.add(m);
            }
        }
        for (String file : List.of("tutela-speed.json", "tutela-speed-10m.json")) {
            Path f = results.resolve(file);
            if (Files.isRegularFile(f) && json.readTree(f.toFile()).path("status").asText().equals("measured")) {
                r.growth.add(new Growth.Run(json.readTree(f.toFile()).path("speed"), Files.getLastModifiedTime(f).toInstant()));
            }
        }
        String section = r.render();
        Files.writeString(results.resolve("figures.md"), section, StandardCharsets.UTF_8);
        String doc = Files.isRegularFile(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        int b = doc.indexOf(BEGIN);
        int e = doc.indexOf(END);
        String updated = b >= 0 && e > b
                ? doc.substring(0, b) + BEGIN + "\n" + section + END + doc.substring(e + END.length())
                : doc + "\n" + BEGIN + "\n" + section + END + "\n";
        if (docs.getParent() != null) {
            Files.createDirectories(docs.getParent());
        }
        Files.writeString(docs, updated, StandardCharsets.UTF_8);
        System.err.println("wrote " + results.resolve("figures.md") + " and the figures section of " + docs);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("\n### Run of ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append("\n\n").append(Machine.describe()).append("\n");
        headline(out);
        matcherNotes(out);
        retrieval(out);
        pairs(out);
        speedDetails(out);
        Growth.render(out, growth);
        return out.toString();
    }

    private void headline(StringBuilder out) {
        out.append("#### Against the targets\n\n");
        header(out, "figure", "target");
        targetRow(out, "UN list, primary Latin ↔ original script, recall@10", "≥ 0.95",
                m -> taskRatio(m, "un-primary-original", "recallAt10"));
        targetRow(out, "UN list, primary Latin ↔ original script, precision at default threshold", "≥ 0.95",
                m -> taskRatio(m, "un-primary-original", "precisionAtThreshold"));
        targetRow(out, "UN list, all name forms, Arabic-script↔Latin recall@10", "",
                m -> kindRatio(m, "un-individuals", PairKind.ARABIC_LATIN.name(), "recallAt10"));
        targetRow(out, "Cross-script (Cyrillic↔Latin) recall@10, EU clusters", "≥ 0.99",
                m -> kindRatio(m, "eu-sanctions", PairKind.CYRILLIC_LATIN.name(), "recallAt10"));
        targetRow(out, "Cross-script (Cyrillic↔Latin) recall@1, EU clusters", "",
                m -> kindRatio(m, "eu-sanctions", PairKind.CYRILLIC_LATIN.name(), "recallAt1"));
        targetRow(out, "Precision at default threshold, EU clusters (all alerts)", "≥ 0.98",
                m -> taskRatio(m, "eu-sanctions", "precisionAtThreshold"));
        targetRow(out, "Precision at default threshold, EU clusters, Cyrillic↔Latin alerts", "≥ 0.98",
                m -> kindRatio(m, "eu-sanctions", PairKind.CYRILLIC_LATIN.name(), "precisionAtThreshold"));
        targetRow(out, "Pairs F1, nomenklatura nk_* (hand-curated), Person", "≥ 0.95", m -> pairF1(m, "nk_* Person"));
        targetRow(out, "Pairs F1, nomenklatura nk_* (hand-curated), all schemas", "", m -> pairF1(m, "nk_* all schemas"));
        targetRow(out, "Five-name request latency p99, warm, 1M names (JMH)", "≤ 5 ms", m -> jmh(m, "jmhP99Millis"));
        targetRow(out, "Five-name request latency p50, warm, 1M names (JMH)", "", m -> jmh(m, "jmhP50Millis"));
        targetRow(out, "Bulk screening throughput, names/s, " + Runtime.getRuntime().availableProcessors() + " threads", "≥ 2,400",
                m -> speedField(m, "namesPerSecond", "%.0f"));
        targetRow(out, "Index build time, 1M names", "≤ 60 s", m -> speedField(m, "buildSeconds", "%.1f s"));
        out.append("\n");
    }

    private void matcherNotes(StringBuilder out) {
        out.append("#### Matchers as run\n\n");
        for (String m : matchers) {
            JsonNode a = accuracy.get(m);
            JsonNode s = speed.get(m);
            out.append("- **").append(m).append("**: ");
            if (a != null && a.path("status").asText().equals("measured")) {
                out.append(a.path("accuracy").path("description").asText()).append(" (default threshold ")
                        .append(a.path("accuracy").path("threshold").asText()).append(")");
            } else {
                out.append(statusText(a != null ? a : s));
            }
            out.append("\n");
        }
        out.append("\n");
    }

    private void retrieval(StringBuilder out) {
        List<String> tasks = new ArrayList<>();
        for (JsonNode a : accuracy.values()) {
            for (JsonNode t : a.path("accuracy").path("retrieval")) {
                if (!tasks.contains(t.path("task").asText())) {
                    tasks.add(t.path("task").asText());
                }
            }
        }
        for (String task : tasks) {
            out.append("#### Retrieval: ").append(task).append("\n\n");
            JsonNode any = taskNode(firstMeasured(), task);
            if (any != null) {
                out.append(any.path("indexed").asInt()).append(" names indexed, ").append(any.path("queries").asInt())
                        .append(" queries with at least one other spelling of their person in the index. Cells: ")
                        .append("recall@1 / recall@10 / precision at threshold / pair recall at threshold; ")
                        .append("(n) = queries, [m] = alerts.\n\n");
            }
            header(out, "pairs of kind");
            row(out, "all", m -> cell(taskNode(m, task)));
            for (PairKind k : PairKind.values()) {
                row(out, k.label(), m -> {
                    JsonNode t = taskNode(m, task);
                    return t == null ? status(m) : cell(t.path("byKind").path(k.name()));
                });
            }
            row(out, "pair F1 at threshold", m -> {
                JsonNode t = taskNode(m, task);
                return t == null ? status(m) : fmt(t.path("pairF1AtThreshold").asDouble(Double.NaN));
            });
            out.append("\n");
        }
    }

    private void pairs(StringBuilder out) {
        out.append("#### Pairs: nomenklatura name_bench cases\n\n")
                .append("Cells: F1 (precision / recall) at the default threshold; TP/FP/FN.\n\n");
        header(out, "subset");
        List<String> subsets = new ArrayList<>();
        for (JsonNode a : accuracy.values()) {
            for (JsonNode p : a.path("accuracy").path("pairs")) {
                if (!subsets.contains(p.path("subset").asText())) {
                    subsets.add(p.path("subset").asText());
                }
            }
        }
        for (String subset : subsets) {
            row(out, subset, m -> {
                JsonNode p = pairNode(m, subset);
                if (p == null) {
                    return status(m);
                }
                return fmt(p.path("f1").asDouble(Double.NaN)) + " (" + fmt(p.path("precision").asDouble(Double.NaN)) + " / "
                        + fmt(p.path("recall").asDouble(Double.NaN)) + "); " + p.path("truePositives").asLong() + "/"
                        + p.path("falsePositives").asLong() + "/" + p.path("falseNegatives").asLong()
                        + " of " + p.path("pairs").asInt();
            });
        }
        out.append("\n");
    }

    private void speedDetails(StringBuilder out) {
        out.append("#### Speed details\n\n");
        header(out, "figure");
        row(out, "names indexed", m -> speedField(m, "indexedNames", "%.0f"));
        row(out, "index build", m -> speedField(m, "buildSeconds", "%.1f s"));
        row(out, "bulk: names screened / seconds", m -> {
            JsonNode s = speedNode(m);
            return s == null ? speedStatus(m) : s.path("bulkNames").asInt() + " / " + fmt1(s.path("bulkSeconds").asDouble());
        });
        row(out, "bulk throughput (names/s)", m -> speedField(m, "namesPerSecond", "%.0f"));
        row(out, "bulk: CPU time per name (ms)", m -> {
            JsonNode s = speedNode(m);
            return s == null ? speedStatus(m) : s.path("bulkCpuMillisPerName").isMissingNode() ? "not measured"
                    : String.format(Locale.ROOT, "%.2f", s.path("bulkCpuMillisPerName").asDouble());
        });
        row(out, "five-name request p50 / p99, harness timer (ms)", m -> {
            JsonNode s = speedNode(m);
            return s == null ? speedStatus(m) : fmt1(s.path("harnessP50Millis").asDouble()) + " / "
                    + fmt1(s.path("harnessP99Millis").asDouble()) + " (" + s.path("harnessRequests").asInt() + " requests)";
        });
        row(out, "five-name request p50 / p99, JMH (ms)", m -> {
            JsonNode s = speedNode(m);
            if (s == null) {
                return speedStatus(m);
            }
            if (s.path("jmhP99Millis").isMissingNode() || s.path("jmhP99Millis").isNull()) {
                return "not measured: " + s.path("jmhNote").asText();
            }
            return fmt1(s.path("jmhP50Millis").asDouble()) + " / " + fmt1(s.path("jmhP99Millis").asDouble())
                    + " (" + s.path("jmhSamples").asLong() + " samples)";
        });
        row(out, "JMH settings", m -> {
            JsonNode s = speedNode(m);
            return s == null ? speedStatus(m) : s.path("jmhNote").asText();
        });
        row(out, "heap after build / peak during build / maximum (MB)", m -> {
            JsonNode s = speedNode(m);
            if (s == null) {
                return speedStatus(m);
            }
            JsonNode mem = s.path("memory");
            return mem.isMissingNode() || mem.isNull() ? "not measured" : mem.path("heapAfterBuildMb").asLong() + " / "
                    + mem.path("heapPeakDuringBuildMb").asLong() + " / " + mem.path("maxHeapMb").asLong();
        });
        row(out, "process peak resident memory / index on disk (MB)", m -> {
            JsonNode s = speedNode(m);
            if (s == null) {
                return speedStatus(m);
            }
            JsonNode mem = s.path("memory");
            return mem.isMissingNode() || mem.isNull() ? "not measured" : mem.path("residentPeakMb").asLong() + " / "
                    + (mem.path("indexOnDiskMb").asLong() == 0 ? "in memory" : Long.toString(mem.path("indexOnDiskMb").asLong()));
        });
        out.append("\n");
    }

    // ----- cells

    private String firstMeasured() {
        for (String m : matchers) {
            JsonNode a = accuracy.get(m);
            if (a != null && a.path("status").asText().equals("measured")) {
                return m;
            }
        }
        return "";
    }

    private JsonNode taskNode(String m, String task) {
        JsonNode a = accuracy.get(m);
        if (a == null || !a.path("status").asText().equals("measured")) {
            return null;
        }
        for (JsonNode t : a.path("accuracy").path("retrieval")) {
            if (t.path("task").asText().equals(task)) {
                return t;
            }
        }
        return null;
    }

    private JsonNode pairNode(String m, String subset) {
        JsonNode a = accuracy.get(m);
        if (a == null || !a.path("status").asText().equals("measured")) {
            return null;
        }
        for (JsonNode p : a.path("accuracy").path("pairs")) {
            if (p.path("subset").asText().equals(subset)) {
                return p;
            }
        }
        return null;
    }

    private JsonNode speedNode(String m) {
        JsonNode s = speed.get(m);
        return s == null || !s.path("status").asText().equals("measured") ? null : s.path("speed");
    }

    private String status(String m) {
        JsonNode a = accuracy.containsKey(m) ? accuracy.get(m) : speed.get(m);
        return statusText(a);
    }

    private String speedStatus(String m) {
        return speed.containsKey(m) ? statusText(speed.get(m)) : "not measured (speed run skipped)";
    }

    private static String statusText(JsonNode envelope) {
        if (envelope == null) {
            return "not measured";
        }
        String st = envelope.path("status").asText();
        return switch (st) {
            case "pending" -> "pending";
            case "failed" -> "not measured (run failed)";
            default -> st;
        };
    }

    private String taskRatio(String m, String task, String field) {
        JsonNode t = taskNode(m, task);
        return t == null ? status(m) : ratio(t.path(field));
    }

    private String kindRatio(String m, String task, String kind, String field) {
        JsonNode t = taskNode(m, task);
        return t == null ? status(m) : ratio(t.path("byKind").path(kind).path(field));
    }

    private String pairF1(String m, String subset) {
        JsonNode p = pairNode(m, subset);
        return p == null ? status(m) : fmt(p.path("f1").asDouble(Double.NaN));
    }

    private String jmh(String m, String field) {
        JsonNode s = speedNode(m);
        if (s == null) {
            return speedStatus(m);
        }
        JsonNode v = s.path(field);
        return v.isMissingNode() || v.isNull() ? "not measured" : fmt1(v.asDouble()) + " ms";
    }

    private String speedField(String m, String field, String format) {
        JsonNode s = speedNode(m);
        return s == null ? speedStatus(m) : String.format(Locale.ROOT, format, s.path(field).asDouble());
    }

    private static String cell(JsonNode t) {
        if (t == null || t.isMissingNode()) {
            return "–";
        }
        return fmt(value(t.path("recallAt1"))) + " / " + fmt(value(t.path("recallAt10"))) + " / "
                + fmt(value(t.path("precisionAtThreshold"))) + " / " + fmt(value(t.path("pairRecallAtThreshold")))
                + " (" + t.path("recallAt10").path("total").asLong() + ") [" + t.path("precisionAtThreshold").path("total").asLong() + "]";
    }

    private static double value(JsonNode ratio) {
        long total = ratio.path("total").asLong();
        return total == 0 ? Double.NaN : (double) ratio.path("hits").asLong() / total;
    }

    private static String ratio(JsonNode ratio) {
        if (ratio.isMissingNode()) {
            return "–";
        }
        return fmt(value(ratio)) + " (" + ratio.path("hits").asLong() + "/" + ratio.path("total").asLong() + ")";
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String fmt1(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }

    private void header(StringBuilder out, String first) {
        header(out, first, "");
    }

    private void header(StringBuilder out, String first, String target) {
        out.append("| ").append(first).append(" |").append(target.isEmpty() ? "" : " " + target + " |");
        for (String m : matchers) {
            out.append(" ").append(m).append(" |");
        }
        out.append("\n|---|").append(target.isEmpty() ? "" : "---|");
        out.append("---|".repeat(matchers.size())).append("\n");
    }

    private void row(StringBuilder out, String label, Function<String, String> cell) {
        out.append("| ").append(label).append(" |");
        for (String m : matchers) {
            out.append(" ").append(cell.apply(m)).append(" |");
        }
        out.append("\n");
    }

    private void targetRow(StringBuilder out, String label, String target, Function<String, String> cell) {
        out.append("| ").append(label).append(" | ").append(target.isEmpty() ? "–" : target).append(" |");
        for (String m : matchers) {
            out.append(" ").append(cell.apply(m)).append(" |");
        }
        out.append("\n");
    }
}
