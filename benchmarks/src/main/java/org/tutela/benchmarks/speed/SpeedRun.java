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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** The harness-timed latency (200 requests) stops after this long. */
    static final int HARNESS_LATENCY_SECONDS = 60;
    /** Distinct warm-up queries; the warm-up cycles over them for its whole time. */
    static final int WARM_UP_QUERIES = 5_000;

    /**
     * @param batch names generated and indexed at a time (0: all at once), for a corpus too large for the heap; only
     *              for a matcher that {@linkplain CandidateMatcher#indexesInBatches indexes in batches}
     */
    /**
     * @param bulkWarmupSeconds how long the bulk threads query before the measured run: long enough for the JIT to
     *                          finish compiling the query path. With a warm-up of 500 queries (under a second) the
     *                          compiler still took about a third of the machine during the measured run (JFR, 5
     *                          December), so that throughput measured compilation, not screening
     */
    public record Settings(int names, int bulkNames, int maxBulkSeconds, int threads, boolean jmh,
                           int jmhWarmupSeconds, int jmhMeasurementSeconds, int batch, int bulkWarmupSeconds) {
    }

    /**
     * @param namesPerSecond       bulk screening: query names (best ten each) per wall-clock second over {@code threads}
     *                             threads, after a warm-up on other queries for {@link Settings#bulkWarmupSeconds} that
     *                             is not counted
     * @param bulkCpuMillisPerName the CPU time the bulk threads spent per query name: what the throughput would be on
     *                             idle cores ({@code threads * 1000 / it}), and a figure to compare changes by on a
     *                             machine shared with other work
     */
    public record SpeedResult(String matcher, int indexedNames, double generationSeconds, double buildSeconds,
                              int bulkNames, double bulkSeconds, double namesPerSecond, int threads,
                              double harnessP50Millis, double harnessP99Millis, int harnessRequests,
                              Optional<Double> jmhP50Millis, Optional<Double> jmhP99Millis, Optional<Long> jmhSamples,
                              String jmhNote, int batch, Memory memory, double bulkCpuMillisPerName) {
    }

    /**
     * What the run held: the heap in use after the index was built (after a full collection), the highest heap use
     * the collector's pools saw during the build (the sum of each pool's peak, an upper bound), the process's peak
     * resident memory (heap, code and the index's memory-mapped pages the system kept in memory; Linux only, 0
     * elsewhere), and the index's size on disk (0 when the matcher's index is not on disk).
     */
    public record Memory(long heapAfterBuildMb, long heapPeakDuringBuildMb, long maxHeapMb, long residentPeakMb, long indexOnDiskMb) {
    }

    private SpeedRun() {
    }

    public static SpeedResult run(Supplier<CandidateMatcher> matchers, String matcherName, Settings s) {
        NameGenerator corpusGenerator = new NameGenerator(SharedData.namesDir(), CORPUS_SEED, "gen");
        NameGenerator queryGenerator = new NameGenerator(SharedData.namesDir(), QUERY_SEED, "q");
        List<BenchName> warmUp = queryGenerator.next(WARM_UP_QUERIES);
        List<BenchName> bulk = queryGenerator.next(s.bulkNames());
        List<List<BenchName>> requests = LatencyBenchmark.fiveNameRequests(queryGenerator, 200);

        double generation = 0;
        double build = 0;
        double bulkSeconds;
        int done;
        int batch = 0;
        Memory memory;
        java.util.concurrent.atomic.AtomicLong bulkCpu = new java.util.concurrent.atomic.AtomicLong();
        double[] latencies = new double[requests.size()];
        try (CandidateMatcher m = matchers.get()) {
            batch = s.batch() > 0 && s.batch() < s.names() && m.indexesInBatches() ? s.batch() : s.names();
            System.err.printf("%s: generating and indexing %d names, %d at a time%n", matcherName, s.names(), batch);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            for (int from = 0; from < s.names(); from += batch) {
                long t0 = System.nanoTime();
                List<BenchName> names = corpusGenerator.next(Math.min(batch, s.names() - from));
                generation += seconds(t0);
                long b0 = System.nanoTime();
                m.index(names);
                build += seconds(b0);
                if (batch < s.names()) {
                    System.err.printf("%s: %d names indexed, %.1f s so far; heap in use %d MB, index on disk %d MB%n",
                            matcherName, from + names.size(), build,
                            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20, m.indexBytes().orElse(0) >> 20);
                }
            }
            long d0 = System.nanoTime();
            m.indexingDone();
            build += seconds(d0);
            memory = memory(m);
            System.err.printf("%s: index of %d names built in %.1f s (generation %.1f s apart); %s; bulk run%n", matcherName,
                    s.names(), build, generation, memory);
            warmUp(m, warmUp, s.threads(), s.bulkWarmupSeconds());
            long q0 = System.nanoTime();
            done = runBulk(m, bulk, s.threads(), s.maxBulkSeconds(), bulkCpu, false);
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
            memory = new Memory(memory.heapAfterBuildMb(), memory.heapPeakDuringBuildMb(), memory.maxHeapMb(),
                    residentPeakMb(), memory.indexOnDiskMb());
        }
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
                note, batch, memory, done == 0 ? Double.NaN : bulkCpu.get() / 1e6 / done);
    }

    private static Memory memory(CandidateMatcher m) {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Memory(used >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20, residentPeakMb(),
                m.indexBytes().orElse(0) >> 20);
    }

    /** The process's peak resident set (VmHWM), where the system tells it. */
    private static long residentPeakMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return 0;
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

    /** Runs the queries on {@code threads} threads over and over until the time is up. */
    static void warmUp(CandidateMatcher m, List<BenchName> queries, int threads, int seconds) {
        runBulk(m, queries, threads, seconds, new java.util.concurrent.atomic.AtomicLong(), true);
    }

    /**
     * Runs the queries on {@code threads} threads until all are done or the time is up; returns how many were done and
     * adds the CPU time the query threads used (nanoseconds) to {@code cpuNanos}. With {@code cycle} the queries start
     * again from the first when all are done, until the time is up.
     */
    static int runBulk(CandidateMatcher m, List<BenchName> queries, int threads, int maxSeconds,
                       java.util.concurrent.atomic.AtomicLong cpuNanos, boolean cycle) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    int i;
                    while (((i = next.getAndIncrement()) < queries.size() || cycle) && System.nanoTime() < deadline) {
                        m.query(queries.get(i % queries.size()), 10);
                        done.incrementAndGet();
                    }
                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - c0);
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
