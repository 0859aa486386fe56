package org.tutela.benchmarks.speed;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import org.tutela.benchmarks.datasets.SharedData;
import org.tutela.benchmarks.matching.BenchName;
import org.tutela.benchmarks.matching.CandidateMatcher;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Whole-process speed of one matcher on a generated corpus: index build time, bulk screening throughput with one
 * thread per core, a harness-timed latency of five-name requests, and (optionally) the same latency under JMH.
 */
public final class SpeedRun {

    public static final long CORPUS_SEED = 20261121L;
    public static final long QUERY_SEED = CORPUS_SEED + 1;
    /** The bulk warm-up (500 queries) and the harness-timed latency (200 requests) each stop after this long. */
    static final int WARM_UP_SECONDS = 30;
    static final int HARNESS_LATENCY_SECONDS = 60;

    public record Settings(int names, int bulkNames, int maxBulkSeconds, int threads, boolean jmh,
                           int jmhWarmupSeconds, int jmhMeasurementSeconds) {
    }

    /**
     * @param namesPerSecond bulk screening: query names (best ten each) per wall-clock second over {@code threads}
     *                       threads, after a warm-up of 500 queries (at most 30 s) that is not counted
     */
    public record SpeedResult(String matcher, int indexedNames, double generationSeconds, double buildSeconds,
                              int bulkNames, double bulkSeconds, double namesPerSecond, int threads,
                              double harnessP50Millis, double harnessP99Millis, int harnessRequests,
                              Optional<Double> jmhP50Millis, Optional<Double> jmhP99Millis, Optional<Long> jmhSamples,
                              String jmhNote) {
    }

    private SpeedRun() {
    }

    public static SpeedResult run(Supplier<CandidateMatcher> matchers, String matcherName, Settings s) {
        long t0 = System.nanoTime();
        List<BenchName> corpus = new NameGenerator(SharedData.namesDir(), CORPUS_SEED, "gen").next(s.names());
        double generation = seconds(t0);
        NameGenerator queryGenerator = new NameGenerator(SharedData.namesDir(), QUERY_SEED, "q");
        List<BenchName> warmUp = queryGenerator.next(500);
        List<BenchName> bulk = queryGenerator.next(s.bulkNames());
        List<List<BenchName>> requests = LatencyBenchmark.fiveNameRequests(queryGenerator, 200);
        System.err.printf("%s: generated %d names in %.1f s; building index%n", matcherName, corpus.size(), generation);

        double build;
        double bulkSeconds;
        int done;
        double[] latencies = new double[requests.size()];
        try (CandidateMatcher m = matchers.get()) {
            System.gc();
            long b0 = System.nanoTime();
            m.index(corpus);
            build = seconds(b0);
            System.err.printf("%s: index of %d names built in %.1f s; bulk run%n", matcherName, corpus.size(), build);
            runBulk(m, warmUp, s.threads(), WARM_UP_SECONDS);
            long q0 = System.nanoTime();
            done = runBulk(m, bulk, s.threads(), s.maxBulkSeconds());
            bulkSeconds = seconds(q0);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HARNESS_LATENCY_SECONDS);
            for (int i = 0; i < requests.size(); i++) {
                if (System.nanoTime() > deadline) {
                    latencies = Arrays.copyOf(latencies, i);
                    break;
                }
                long r0 = System.nanoTime();
                for (BenchName q : requests.get(i)) {
                    m.query(q, 10);
                }
                latencies[i] = (System.nanoTime() - r0) / 1e6;
            }
        }
        corpus = null;
        Arrays.sort(latencies);
        Optional<Double> p50 = Optional.empty();
        Optional<Double> p99 = Optional.empty();
        Optional<Long> samples = Optional.empty();
        String note = "not run (--jmh false)";
        if (s.jmh()) {
            System.err.printf("%s: JMH latency benchmark (forked JVM, rebuilds the index)%n", matcherName);
            try {
                Statistics stats = jmh(matcherName, s);
                p50 = Optional.of(stats.getPercentile(50));
                p99 = Optional.of(stats.getPercentile(99));
                samples = Optional.of(stats.getN());
                note = "JMH SampleTime, 1 fork, 1 thread, warm-up " + s.jmhWarmupSeconds() + " s, measurement "
                        + s.jmhMeasurementSeconds() + " s";
            } catch (RunnerException | RuntimeException e) {
                note = "JMH failed: " + e;
            }
        }
        return new SpeedResult(matcherName, s.names(), generation, build, done, bulkSeconds, done / bulkSeconds,
                s.threads(), percentile(latencies, 50), percentile(latencies, 99), latencies.length, p50, p99, samples,
                note);
    }

    private static Statistics jmh(String matcherName, Settings s) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(LatencyBenchmark.class.getName() + ".fiveNameRequest")
                .param("matcher", matcherName)
                .param("names", Integer.toString(s.names()))
                .forks(1)
                .threads(1)
                .warmupIterations(1)
                .warmupTime(TimeValue.seconds(s.jmhWarmupSeconds()))
                .measurementIterations(1)
                .measurementTime(TimeValue.seconds(s.jmhMeasurementSeconds()))
                // the fork holds the same million-name index as this JVM: give it the same heap
                .jvmArgsAppend("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m",
                        "-D" + SharedData.PROPERTY + "=" + SharedData.sharedDir())
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        if (results.isEmpty()) {
            throw new IllegalStateException("JMH returned no result");
        }
        return results.iterator().next().getPrimaryResult().getStatistics();
    }

    /** Runs the queries on {@code threads} threads until all are done or the time is up; returns how many were done. */
    static int runBulk(CandidateMatcher m, List<BenchName> queries, int threads, int maxSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < queries.size() && System.nanoTime() < deadline) {
                        m.query(queries.get(i), 10);
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("bulk run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        return done.get();
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
