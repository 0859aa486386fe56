package org.tutela.benchmarks;

import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.AnalysedName;
import org.tutela.core.names.NameAnalyser;
import org.tutela.core.names.NameInputException;
import org.tutela.core.names.NameMatch;
import org.tutela.core.names.NameMatcher;
import org.tutela.core.names.NamePart;
import org.tutela.core.names.NameText;
import org.tutela.core.names.Script;
import org.tutela.search.NameIndex;
import org.tutela.search.NameQuery;
import org.tutela.search.NameSearch;
import org.tutela.search.Scope;
import org.tutela.search.SearchHit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Accuracy of the name matcher on the shared name data, with a plain Jaro-Winkler baseline, written
 * to docs/BENCHMARKS.md. Usage: {@code AccuracyRun <shared names dir> <output markdown>}; see the
 * module's README for the Maven command.
 */
public final class AccuracyRun {
    static final double JW_THRESHOLD = 0.90;
    private static final String LIST = "bench";

    private final NameAnalyser analyser = NameAnalyser.standard();
    private final NameMatcher matcher = new NameMatcher(analyser);
    private final StringBuilder report = new StringBuilder();
    private final Map<String, String> notes = new LinkedHashMap<>();

    record Entry(String id, String name, int owner) {
    }

    record Query(String name, int owner, String ownEntry) {
    }

    record Scored(String id, double score) {
    }

    interface Ranker extends AutoCloseable {
        List<Scored> rank(String query, int limit);

        String name();

        double threshold();

        @Override
        default void close() {
        }
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("tutela.shared.dir", "../shared")).resolve("data").resolve("names");
        Path out = Path.of(args.length > 1 ? args[1] : "docs/BENCHMARKS.md");
        if (!Files.isDirectory(shared)) {
            System.err.println("shared name data not found at " + shared + "; nothing to measure");
            System.exit(2);
        }
        new AccuracyRun().run(shared, out);
    }

    private String loadAtStart = "unknown";

    private static String loadAverage() {
        try {
            String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return l[0] + " / " + l[1] + " / " + l[2] + " (1/5/15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    void run(Path shared, Path out) throws Exception {
        long start = System.nanoTime();
        loadAtStart = loadAverage();
        List<String> negatives = BenchData.column(shared.resolve("yente_cgb_negatives_global.csv"), "full_name");
        List<BenchData.Cluster> eu = BenchData.euClusters(shared);
        List<BenchData.Cluster> ofac = BenchData.ofacClusters(shared);

        heading();
        section("EU sanctions person clusters (dev half), every name against all names + " + negatives.size() + " negatives");
        clusters(eu, negatives, true);
        section("OFAC SDN 2021 Eastern Europe / Central Asia clusters, every name against all names + negatives");
        clusters(ofac, negatives, false);
        section("yente UN persons: altered (treated) names against the originals + negatives");
        yente(shared, negatives);
        section("nomenklatura labelled pairs: F1 at the threshold");
        pairs(BenchData.nomenklatura(shared));
        notes.put("machine load", "the 2 cores are shared with other builds; load average at the start "
                + loadAtStart + ", at the end " + loadAverage() + ". Timings are wall-clock and informal.");
        notes.put("not measured yet", "the speed run at 1,000,000 generated names (JMH: index build, p50/p99 of a "
                + "five-name request, bulk names/s) and the Duke 1.2 peer (its Lucene 4 clashes with Lucene 9 on one class "
                + "path, so it needs a JVM of its own).");
        report.append("\n## Notes\n\n");
        notes.forEach((k, v) -> report.append("- **").append(k).append("**: ").append(v).append('\n'));
        report.append(String.format(Locale.ROOT, "%nWhole run: %.0f s.%n", (System.nanoTime() - start) / 1e9));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private void heading() throws IOException {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        }
        report.append("# Name matching benchmarks\n\n")
                .append("Produced by `org.tutela.benchmarks.AccuracyRun` (see benchmarks/README.md for the command); ")
                .append("figures are rewritten by every run.\n\n")
                .append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n')
                .append("- machine: ").append(cpu).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(Runtime.getRuntime().maxMemory() / (1 << 20)).append(" MB heap, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n')
                .append("- Java: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append('\n')
                .append("- data: ../shared/data/names (read in place, not in the repository)\n")
                .append(String.format(Locale.ROOT, "- Tutela threshold: %.2f (NameMatcher.DEFAULT_THRESHOLD); Jaro-Winkler baseline threshold: %.2f%n",
                        NameMatcher.DEFAULT_THRESHOLD, JW_THRESHOLD))
                .append("- targets (issue 3): cross-script recall@10 >= 0.97 and precision >= 0.95 at the default threshold; ")
                .append("F1 >= 0.93 on the hand-curated pairs\n");
    }

    private void section(String title) {
        System.out.println("== " + title);
        report.append("\n## ").append(title).append("\n\n");
    }

    // ---- clusters: every name of a person as a query against all names ----

    private void clusters(List<BenchData.Cluster> clusters, List<String> negatives, boolean withBaseline) throws Exception {
        List<Entry> entries = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            List<String> names = clusters.get(i).names();
            for (int j = 0; j < names.size(); j++) {
                String id = "c" + i + "." + j;
                entries.add(new Entry(id, names.get(j), i));
                queries.add(new Query(names.get(j), i, id));
            }
        }
        addNegatives(entries, negatives);
        evaluate(entries, queries, withBaseline);
    }

    private void yente(Path shared, List<String> negatives) throws Exception {
        List<String> treated = BenchData.column(shared.resolve("yente_cgb_positives_un_treated.csv"), "full_name");
        List<String> original = BenchData.column(shared.resolve("yente_cgb_positives_un_untreated.csv"), "full_name");
        List<Entry> entries = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < Math.min(treated.size(), original.size()); i++) {
            entries.add(new Entry("u" + i, original.get(i), i));
            queries.add(new Query(treated.get(i), i, ""));
        }
        addNegatives(entries, negatives);
        evaluate(entries, queries, true);
    }

    private static void addNegatives(List<Entry> entries, List<String> negatives) {
        for (int k = 0; k < negatives.size(); k++) {
            entries.add(new Entry("n" + k, negatives.get(k), -1 - k));
        }
    }

    private static final class Tally {
        int pairs;
        int at1;
        int at10;
        int atThreshold;

        void add(int rank, boolean aboveThreshold) {
            pairs++;
            at1 += rank == 1 ? 1 : 0;
            at10 += rank <= 10 ? 1 : 0;
            atThreshold += aboveThreshold ? 1 : 0;
        }
    }

    private void evaluate(List<Entry> entries, List<Query> queries, boolean withBaseline) throws Exception {
        Map<String, Entry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        Map<Integer, List<Entry>> byOwner = new HashMap<>();
        entries.stream().filter(e -> e.owner() >= 0).forEach(e -> byOwner.computeIfAbsent(e.owner(), k -> new ArrayList<>()).add(e));
        List<Query> usable = queries.stream().filter(q -> usable(q.name())).toList();
        int skipped = queries.size() - usable.size();

        List<Ranker> rankers = new ArrayList<>();
        long t0 = System.nanoTime();
        TutelaRanker tutela = new TutelaRanker(entries);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        rankers.add(tutela);
        if (withBaseline) {
            rankers.add(new JaroWinklerRanker(entries));
        }
        report.append(String.format(Locale.ROOT, "%d indexed names (%d persons' names + negatives), %d queries (%d refused as names: %s).%n%n",
                entries.size(), entries.stream().filter(e -> e.owner() >= 0).count(), usable.size(), skipped,
                skipped == 0 ? "none" : "empty or over " + NameText.MAX_LENGTH + " characters"));
        report.append(String.format(Locale.ROOT, "Index build (in memory): %.1f s.%n%n", buildSeconds));

        for (Ranker ranker : rankers) {
            Map<String, Tally> tallies = new TreeMap<>();
            int[] precision = new int[4]; // tp, fp, cross-script tp, cross-script fp
            List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger done = new AtomicInteger();
            long r0 = System.nanoTime();
            List<Map.Entry<String, int[]>> results = usable.parallelStream().flatMap(q -> {
                List<Entry> targets = byOwner.getOrDefault(q.owner(), List.of()).stream()
                        .filter(t -> !t.id().equals(q.ownEntry()) && !same(t.name(), q.name())).toList();
                int limit = 10 + byOwner.getOrDefault(q.owner(), List.of()).size();
                long s = System.nanoTime();
                List<Scored> hits = ranker.rank(q.name(), limit);
                latencies.add(System.nanoTime() - s);
                if (done.incrementAndGet() % 2000 == 0) {
                    System.out.println("  " + ranker.name() + ": " + done.get() + " queries");
                }
                List<Map.Entry<String, int[]>> out = new ArrayList<>();
                Script qs = Script.of(q.name());
                for (Scored h : hits) {
                    if (h.id().equals(q.ownEntry()) || h.score() < ranker.threshold()) {
                        continue;
                    }
                    Entry e = byId.get(h.id());
                    boolean tp = e.owner() == q.owner();
                    boolean cross = crossScript(qs, Script.of(e.name()));
                    out.add(Map.entry("#precision", new int[]{tp ? 1 : 0, tp ? 0 : 1, cross && tp ? 1 : 0, cross && !tp ? 1 : 0}));
                }
                for (Entry t : targets) {
                    int rank = Integer.MAX_VALUE;
                    boolean above = false;
                    int others = 0;
                    for (Scored h : hits) {
                        if (h.id().equals(q.ownEntry())) {
                            continue;
                        }
                        if (h.id().equals(t.id())) {
                            rank = others + 1;
                            above = h.score() >= ranker.threshold();
                            break;
                        }
                        if (byId.get(h.id()).owner() != q.owner()) {
                            others++;
                        }
                    }
                    for (String kind : kinds(q.name(), t.name())) {
                        out.add(Map.entry(kind, new int[]{rank, above ? 1 : 0}));
                    }
                }
                return out.stream();
            }).toList();
            double seconds = (System.nanoTime() - r0) / 1e9;
            for (Map.Entry<String, int[]> r : results) {
                if (r.getKey().equals("#precision")) {
                    for (int k = 0; k < 4; k++) {
                        precision[k] += r.getValue()[k];
                    }
                } else {
                    tallies.computeIfAbsent(r.getKey(), k -> new Tally()).add(r.getValue()[0], r.getValue()[1] == 1);
                }
            }
            report.append("**").append(ranker.name()).append("**\n\n");
            report.append("| pairs of one person's names | pairs | recall@1 | recall@10 | found at threshold |\n|---|---:|---:|---:|---:|\n");
            tallies.forEach((kind, t) -> report.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", kind, t.pairs,
                    t.at1 / (double) t.pairs, t.at10 / (double) t.pairs, t.atThreshold / (double) t.pairs)));
            report.append(String.format(Locale.ROOT, "%nPrecision at the threshold: %.3f (%d of %d hits); cross-script hits: %.3f (%d of %d).%n",
                    ratio(precision[0], precision[0] + precision[1]), precision[0], precision[0] + precision[1],
                    ratio(precision[2], precision[2] + precision[3]), precision[2], precision[2] + precision[3]));
            long[] lat = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            report.append(String.format(Locale.ROOT, "Queries: %d in %.1f s on %d threads (%.0f names/s); latency p50 %.1f ms, p99 %.1f ms (informal, not JMH).%n%n",
                    lat.length, seconds, Runtime.getRuntime().availableProcessors(), lat.length / seconds,
                    percentile(lat, 0.50) / 1e6, percentile(lat, 0.99) / 1e6));
            ranker.close();
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : a / (double) b;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean crossScript(Script a, Script b) {
        return a == Script.LATIN && b == Script.CYRILLIC || a == Script.CYRILLIC && b == Script.LATIN;
    }

    private boolean usable(String name) {
        try {
            analyser.analyse(name);
            return true;
        } catch (NameInputException e) {
            return false;
        }
    }

    /** The kinds of variation between two names of one person; a pair may be of several kinds. */
    private List<String> kinds(String q, String t) {
        List<String> out = new ArrayList<>();
        out.add("all pairs");
        AnalysedName a;
        AnalysedName b;
        try {
            a = analyser.analyse(q);
            b = analyser.analyse(t);
        } catch (NameInputException e) {
            out.add("unusable name");
            return out;
        }
        Script sa = Script.of(q);
        Script sb = Script.of(t);
        if (crossScript(sa, sb)) {
            out.add("Cyrillic <-> Latin");
        } else if (sa == Script.LATIN && sb == Script.LATIN) {
            out.add("Latin <-> Latin variant");
        } else if (sa != Script.LATIN && sb != Script.LATIN && (sa == Script.CYRILLIC || sa == Script.MIXED) && (sb == Script.CYRILLIC || sb == Script.MIXED)) {
            out.add(ukrainianOrBelarusian(a) != ukrainianOrBelarusian(b) ? "Ukrainian/Belarusian <-> Russian form" : "Cyrillic <-> Cyrillic variant");
        } else {
            out.add("other scripts");
        }
        boolean pa = a.parts().stream().anyMatch(p -> p.role() == NamePart.Role.PATRONYMIC);
        boolean pb = b.parts().stream().anyMatch(p -> p.role() == NamePart.Role.PATRONYMIC);
        if (pa != pb) {
            out.add("with / without patronymic");
        }
        NameMatch m = matcher.compare(a, b);
        if (m.orderSwapped()) {
            out.add("order swap");
        }
        return out;
    }

    private static boolean ukrainianOrBelarusian(AnalysedName n) {
        return n.parts().stream().anyMatch(p -> p.text().chars().anyMatch(c -> "іїєґў".indexOf(c) >= 0));
    }

    // ---- labelled pairs ----

    private void pairs(List<BenchData.LabelledPair> pairs) {
        Map<String, int[]> tutela = new TreeMap<>();
        Map<String, int[]> jw = new TreeMap<>();
        for (BenchData.LabelledPair p : pairs) {
            String family = p.group().startsWith("nk_") ? "nk_* (hand-curated)" : p.group().startsWith("synth_") || p.group().startsWith("llm_")
                    ? p.group().replaceAll("_.*", "") + "_* (machine-generated)" : "other groups";
            List<String> keys = List.of(family + ", Person", family + ", all schemas");
            boolean predicted;
            try {
                predicted = matcher.compare(p.name1(), p.name2()).score() >= NameMatcher.DEFAULT_THRESHOLD;
            } catch (NameInputException e) {
                predicted = false;
            }
            boolean jwPredicted = JaroWinkler.similarity(p.name1().toLowerCase(Locale.ROOT), p.name2().toLowerCase(Locale.ROOT)) >= JW_THRESHOLD;
            for (String k : keys) {
                if (k.endsWith("Person") && !p.schema().equals("Person")) {
                    continue;
                }
                count(tutela.computeIfAbsent(k, x -> new int[4]), predicted, p.match());
                count(jw.computeIfAbsent(k, x -> new int[4]), jwPredicted, p.match());
            }
        }
        report.append("| group | pairs | Tutela precision | Tutela recall | Tutela F1 | Jaro-Winkler F1 |\n|---|---:|---:|---:|---:|---:|\n");
        tutela.forEach((k, c) -> report.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", k,
                c[0] + c[1] + c[2] + c[3], ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), f1(c), f1(jw.get(k)))));
        notes.put("nomenklatura pairs", "companies, vessels and organisations are scored with the person-name matcher too "
                + "(\"all schemas\"); the matcher is built for persons, so the Person rows are the meaningful figure.");
    }

    private static void count(int[] c, boolean predicted, boolean actual) {
        c[predicted && actual ? 0 : predicted ? 1 : actual ? 2 : 3]++;
    }

    private static double f1(int[] c) {
        double p = ratio(c[0], c[0] + c[1]);
        double r = ratio(c[0], c[0] + c[2]);
        return p + r == 0 || Double.isNaN(p) || Double.isNaN(r) ? 0 : 2 * p * r / (p + r);
    }

    // ---- rankers ----

    /** Tutela's own search: Lucene retrieval + matcher rescoring, as the application runs it. */
    private static final class TutelaRanker implements Ranker {
        private final NameIndex index = NameIndex.inMemory();
        private final NameSearch search = new NameSearch(index);

        TutelaRanker(List<Entry> entries) {
            List<ListEntry> list = new ArrayList<>();
            for (Entry e : entries) {
                try {
                    list.add(new ListEntry(e.id(), List.of(e.name()), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
                } catch (RuntimeException ex) {
                    // a name no list import would accept is left out, as an import would refuse it
                }
            }
            index.index(new WatchList(LIST, "benchmark", "benchmark", LocalDate.now(), true, list));
        }

        @Override
        public List<Scored> rank(String query, int limit) {
            return search.search(NameQuery.of(query).withMinScore(0), Scope.lists(Set.of(LIST)), Math.min(limit, NameSearch.MAX_LIMIT)).stream()
                    .map(h -> new Scored(((SearchHit.ListPerson) h.found()).entryId(), h.match().score())).toList();
        }

        @Override
        public String name() {
            return "Tutela (Lucene candidates + NameMatcher)";
        }

        @Override
        public double threshold() {
            return NameMatcher.DEFAULT_THRESHOLD;
        }

        @Override
        public void close() {
            index.close();
        }
    }

    /** Every indexed name compared with the query by plain Jaro-Winkler on lower-cased text. */
    private static final class JaroWinklerRanker implements Ranker {
        private final String[] ids;
        private final String[] names;

        JaroWinklerRanker(List<Entry> entries) {
            ids = entries.stream().map(Entry::id).toArray(String[]::new);
            names = entries.stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        }

        @Override
        public List<Scored> rank(String query, int limit) {
            String q = query.toLowerCase(Locale.ROOT);
            PriorityQueue<Scored> top = new PriorityQueue<>(Comparator.comparingDouble(Scored::score));
            for (int i = 0; i < names.length; i++) {
                double s = JaroWinkler.similarity(q, names[i]);
                if (top.size() < limit) {
                    top.add(new Scored(ids[i], s));
                } else if (s > top.peek().score()) {
                    top.poll();
                    top.add(new Scored(ids[i], s));
                }
            }
            List<Scored> out = new ArrayList<>(top);
            out.sort(Comparator.comparingDouble((Scored s) -> -s.score()));
            return out;
        }

        @Override
        public String name() {
            return "Jaro-Winkler baseline (brute force over all names)";
        }

        @Override
        public double threshold() {
            return JW_THRESHOLD;
        }
    }
}
