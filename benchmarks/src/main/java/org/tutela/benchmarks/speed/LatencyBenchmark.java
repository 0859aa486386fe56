package org.tutela.benchmarks.speed;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.tutela.benchmarks.datasets.SharedData;
import org.tutela.benchmarks.matching.BenchName;
import org.tutela.benchmarks.matching.CandidateMatcher;
import org.tutela.benchmarks.matching.Matchers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Warm single-request latency: one operation is a request naming five different persons, each searched for its
 * best ten candidates among {@code names} generated names (the same corpus as the whole-process run). Sampled, so
 * that JMH reports the p50 and p99 of the request time.
 */
@State(Scope.Benchmark)
public class LatencyBenchmark {

    @Param(Matchers.JARO_WINKLER)
    public String matcher;

    @Param("1000000")
    public int names;

    private CandidateMatcher instance;
    private List<List<BenchName>> requests;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        instance = Matchers.create(matcher);
        instance.index(new NameGenerator(SharedData.namesDir(), SpeedRun.CORPUS_SEED, "gen").next(names));
        requests = fiveNameRequests(new NameGenerator(SharedData.namesDir(), SpeedRun.QUERY_SEED, "q"), 1000);
    }

    static List<List<BenchName>> fiveNameRequests(NameGenerator generator, int count) {
        List<List<BenchName>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(generator.next(5));
        }
        return out;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        instance.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void fiveNameRequest(Blackhole blackhole) {
        List<BenchName> request = requests.get(next++ % requests.size());
        for (BenchName q : request) {
            blackhole.consume(instance.query(q, 10));
        }
    }
}
