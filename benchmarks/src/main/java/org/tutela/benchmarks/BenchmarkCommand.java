package org.tutela.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tutela.benchmarks.accuracy.AccuracyRun;
import org.tutela.benchmarks.datasets.SharedData;
import org.tutela.benchmarks.matching.CandidateMatcher;
import org.tutela.benchmarks.matching.Matchers;
import org.tutela.benchmarks.report.Report;
import org.tutela.benchmarks.speed.SpeedRun;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Command line of the benchmark. The documented entry point is {@code run}, which measures every matcher, each in
 * a JVM of its own (Duke from the benchmarks-duke jar, because of its Lucene 4), and writes the report:
 * <pre>
 *   java -jar benchmarks/target/tutela-benchmarks-*-all.jar run [--matchers tutela,duke,jaro-winkler]
 *        [--names 1000000] [--bulk 20000] [--bulk-seconds 120] [--bulk-warmup 20] [--jmh true] [--batch 0] [--skip-speed] [--skip-accuracy]
 *   ... accuracy --matcher NAME --out FILE     (one matcher's accuracy figures, JSON)
 *   ... encoding-accuracy --out FILE [--threads N]  (federation's person encoding against the clear-text matcher, EU clusters)
 *   ... speed    --matcher NAME --out FILE     (one matcher's speed figures, JSON)
 *   ... report   [--results DIR] [--docs docs/BENCHMARKS.md]
 *   ... screening-scale --pg-url URL [--pg-user U] [--pg-password P] [--sizes 10000,100000,1000000]
 *                                            (screening of one request against a PostgreSQL registry of each size)
 *   ... search-backends [--names 100000] [--queries 2000] [--warmup 1000]
 *                                            (name-search latency on embedded Lucene and on one OpenSearch node)
 * </pre>
 */
public final class BenchmarkCommand {

    static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private BenchmarkCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage("no command given");
            return;
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        try {
            switch (args[0]) {
                case "run" -> runAll(options);
                case "accuracy" -> accuracy(options);
                case "encoding-accuracy" -> encodingAccuracy(options);
                case "speed" -> speed(options);
                case "report" -> report(options);
                case "screening-scale" -> org.tutela.benchmarks.registry.ScreeningScaleRun.run(options);
                case "startup" -> startup(options);
                case "pair-errors" -> pairErrors(options);
                case "load-fixtures" -> org.tutela.benchmarks.load.LoadFixtures.write(options);
                case "search-backends" -> org.tutela.benchmarks.backends.SearchBackendsRun.run(options);
                default -> usage("unknown command '" + args[0] + "'");
            }
        } catch (SharedData.MissingSharedDataException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: run | accuracy --matcher NAME --out FILE | encoding-accuracy --out FILE | speed --matcher NAME --out FILE"
                + " | report [--results DIR] [--docs FILE] | screening-scale --pg-url URL [--sizes 10000,100000] | startup [--names N] [--dir DIR] [--index-only] | load-fixtures [--names N] [--queries N] [--out DIR]"
                + " | search-backends [--names N] [--queries N] [--warmup N]"
                + " | pair-errors --matcher NAME [--subset nk|llm|other|all]\nmatchers: " + Matchers.ALL);
        System.exit(64);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                usage("unexpected argument '" + args[i] + "'");
            }
            String key = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                out.put(key, args[++i]);
            } else {
                out.put(key, "true");
            }
        }
        return out;
    }

    private static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static Supplier<CandidateMatcher> supplier(String name) {
        return () -> Matchers.create(name);
    }

    /**
     * The labelled nomenklatura pairs one matcher gets wrong, with its explanations ({@code --subset nk} for the
     * hand-curated Person rows, the default; {@code llm}, {@code other}, {@code all}).
     */
    private static void pairErrors(Map<String, String> o) {
        String matcher = required(o, "matcher");
        String subset = o.getOrDefault("subset", "nk");
        java.util.function.Predicate<org.tutela.benchmarks.datasets.LabelledPair> filter = switch (subset) {
            case "nk" -> p -> p.origin() == org.tutela.benchmarks.datasets.LabelledPair.Origin.HAND_CURATED && p.isPerson();
            case "llm" -> p -> p.origin() == org.tutela.benchmarks.datasets.LabelledPair.Origin.MACHINE_GENERATED && p.isPerson();
            case "other" -> p -> p.origin() == org.tutela.benchmarks.datasets.LabelledPair.Origin.OTHER;
            case "all" -> p -> true;
            default -> {
                usage("--subset is nk, llm, other or all, not '" + subset + "'");
                yield p -> false;
            }
        };
        var cases = org.tutela.benchmarks.datasets.NameDatasets.nomenklaturaCases(
                SharedData.namesFile(org.tutela.benchmarks.datasets.NameDatasets.NOMENKLATURA_CASES));
        try (CandidateMatcher m = Matchers.create(matcher)) {
            var errors = org.tutela.benchmarks.accuracy.PairEvaluation.errors(m, cases, filter);
            errors.forEach(System.out::println);
            var r = org.tutela.benchmarks.accuracy.PairEvaluation.evaluate(m, cases, subset, filter);
            System.out.printf(java.util.Locale.ROOT, "%s %s: %d pairs, TP %d, FP %d, FN %d; precision %.3f, recall %.3f, F1 %.3f%n",
                    matcher, subset, r.pairs(), r.truePositives(), r.falsePositives(), r.falseNegatives(), r.precision(),
                    r.recall(), r.f1());
        }
    }

    /** Start time with the name index in memory: read the persons from the encrypted database and index them. */
    private static void startup(Map<String, String> o) throws Exception {
        Path dir = Path.of(o.getOrDefault("dir", "/tmp/tutela-startup-benchmark"));
        int names = Integer.parseInt(o.getOrDefault("names", "1000000"));
        System.out.println(JSON.writeValueAsString(o.containsKey("index-only")
                ? org.tutela.benchmarks.startup.StartupBenchmark.indexOnly(names)
                : org.tutela.benchmarks.startup.StartupBenchmark.run(dir, names)));
    }

    private static void accuracy(Map<String, String> o) throws IOException {
        String matcher = required(o, "matcher");
        Path out = Path.of(required(o, "out"));
        SharedData.namesDir();
        ObjectNode envelope = JSON.createObjectNode().put("matcher", matcher).put("kind", "accuracy");
        try {
            AccuracyRun.AccuracyResult result = AccuracyRun.run(supplier(matcher), threads());
            envelope.put("status", "measured").set("accuracy", JSON.valueToTree(result));
        } catch (Matchers.MatcherUnavailableException e) {
            envelope.put("status", "pending").put("message", e.getMessage());
        }
        write(out, envelope);
    }

    /**
     * Linkage quality of the federation's person encoding (docs/federation.md) against the clear-text matcher, on the
     * names of the EU clusters that have a birth year (a name is never encoded without one): recall@10 and precision.
     */
    private static void encodingAccuracy(Map<String, String> o) throws IOException {
        Path out = Path.of(required(o, "out"));
        int threads = Integer.parseInt(o.getOrDefault("threads", "1"));
        List<org.tutela.benchmarks.matching.BenchName> eu = org.tutela.benchmarks.datasets.NameDatasets.euClusters(
                SharedData.namesFile(org.tutela.benchmarks.datasets.NameDatasets.EU_CLUSTERS));
        List<org.tutela.benchmarks.matching.BenchName> kept = new org.tutela.benchmarks.matching.EncodedMatcher().encodable(eu);
        org.tutela.benchmarks.accuracy.RetrievalTask task = new org.tutela.benchmarks.accuracy.RetrievalTask("eu-sanctions-with-birth-year",
                "every name of the EU clusters that has a birth year, against all of them", kept, kept);
        ObjectNode envelope = JSON.createObjectNode().put("kind", "encoding-accuracy").put("names", kept.size()).put("ofNames", eu.size());
        List<Supplier<CandidateMatcher>> matchers = List.of(supplier(Matchers.TUTELA), org.tutela.benchmarks.matching.EncodedMatcher::new);
        for (Supplier<CandidateMatcher> supplier : matchers) {
            try (CandidateMatcher matcher = supplier.get()) {
                org.tutela.benchmarks.accuracy.RetrievalResult r = org.tutela.benchmarks.accuracy.RetrievalEvaluation.evaluate(matcher, task, threads);
                envelope.set(matcher.name(), JSON.valueToTree(r));
                System.out.printf("%-16s queries %d  recall@1 %.3f  recall@10 %.3f  precision at %.2f %.3f  pair recall %.3f%n", matcher.name(),
                        r.queries(), r.recallAt1().value(), r.recallAt10().value(), r.threshold(), r.precisionAtThreshold().value(),
                        r.pairRecallAtThreshold().value());
            }
        }
        write(out, envelope);
    }

    private static void speed(Map<String, String> o) throws IOException {
        String matcher = required(o, "matcher");
        Path out = Path.of(required(o, "out"));
        SharedData.namesDir();
        SpeedRun.Settings settings = speedSettings(o);
        ObjectNode envelope = JSON.createObjectNode().put("matcher", matcher).put("kind", "speed");
        try {
            Matchers.create(matcher).close();
            SpeedRun.SpeedResult result = SpeedRun.run(supplier(matcher), matcher, settings);
            envelope.put("status", "measured").set("speed", JSON.valueToTree(result));
        } catch (Matchers.MatcherUnavailableException e) {
            envelope.put("status", "pending").put("message", e.getMessage());
        }
        write(out, envelope);
    }

    private static SpeedRun.Settings speedSettings(Map<String, String> o) {
        return new SpeedRun.Settings(
                Integer.parseInt(o.getOrDefault("names", "1000000")),
                Integer.parseInt(o.getOrDefault("bulk", "20000")),
                Integer.parseInt(o.getOrDefault("bulk-seconds", "120")),
                threads(),
                Boolean.parseBoolean(o.getOrDefault("jmh", "true")),
                Integer.parseInt(o.getOrDefault("jmh-warmup", "20")),
                Integer.parseInt(o.getOrDefault("jmh-measure", "40")),
                Integer.parseInt(o.getOrDefault("batch", "0")),
                Integer.parseInt(o.getOrDefault("bulk-warmup", "20")));
    }

    private static void report(Map<String, String> o) throws IOException {
        Path results = Path.of(o.getOrDefault("results", defaultResults().toString()));
        Path docs = Path.of(o.getOrDefault("docs", SharedData.repositoryRoot().resolve("docs/BENCHMARKS.md").toString()));
        Report.write(results, docs, JSON);
    }

    private static Path defaultResults() {
        return SharedData.repositoryRoot().resolve("benchmarks/target/benchmark-results");
    }

    private static void runAll(Map<String, String> o) throws IOException, InterruptedException {
        SharedData.namesDir();
        List<String> matchers = Arrays.asList(o.getOrDefault("matchers", String.join(",", Matchers.ALL)).split(","));
        Path results = Path.of(o.getOrDefault("results", defaultResults().toString()));
        Files.createDirectories(results);
        List<String> passOn = new ArrayList<>();
        for (String key : List.of("names", "bulk", "bulk-seconds", "bulk-warmup", "jmh", "jmh-warmup", "jmh-measure", "batch")) {
            if (o.containsKey(key)) {
                passOn.add("--" + key);
                passOn.add(o.get(key));
            }
        }
        for (String matcher : matchers) {
            if (!o.containsKey("skip-accuracy")) {
                child(matcher, List.of("accuracy", "--matcher", matcher, "--out",
                        results.resolve(matcher + "-accuracy.json").toString()), results);
            }
            if (!o.containsKey("skip-speed")) {
                List<String> args = new ArrayList<>(List.of("speed", "--matcher", matcher, "--out",
                        results.resolve(matcher + "-speed.json").toString()));
                args.addAll(passOn);
                child(matcher, args, results);
            }
        }
        report(o);
    }

    /** Runs one measurement in a fresh JVM: the peer's own jar for Duke, this classpath for the others. */
    private static void child(String matcher, List<String> args, Path results) throws IOException, InterruptedException {
        String classpath = Matchers.runsInPeerJvm(matcher) ? peerJar().toString() : System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("tutela.bench.heap", "6g"),
                "-D" + SharedData.PROPERTY + "=" + SharedData.sharedDir(),
                "-cp", classpath, BenchmarkCommand.class.getName()));
        command.addAll(args);
        System.err.println("\n== " + matcher + ": " + String.join(" ", args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        int exit = p.waitFor();
        if (exit != 0) {
            Path out = Path.of(args.get(args.indexOf("--out") + 1));
            ObjectNode failed = JSON.createObjectNode().put("matcher", matcher).put("kind", args.get(0))
                    .put("status", "failed").put("message", "process exited with " + exit + "; see the run's log");
            write(out, failed);
        }
    }

    static Path peerJar() throws IOException {
        String configured = System.getProperty("tutela.bench.dukeJar");
        if (configured != null) {
            return Path.of(configured);
        }
        Path target = SharedData.repositoryRoot().resolve("benchmarks-duke").resolve("target");
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "tutela-benchmarks-duke-*-all.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            }
        }
        throw new IllegalStateException("Duke peer jar not found under " + target
                + "; build it with: mvn -q -Pbench package -pl benchmarks-duke -am -DskipTests");
    }

    private static String required(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null) {
            usage("missing --" + key);
        }
        return v;
    }

    private static void write(Path out, ObjectNode node) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        JSON.writeValue(new File(out.toString()), node);
        System.err.println("wrote " + out);
    }
}
