package org.tutela.benchmarks.backends;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.benchmarks.datasets.SharedData;
import org.tutela.benchmarks.matching.BenchName;
import org.tutela.benchmarks.report.Machine;
import org.tutela.benchmarks.speed.NameGenerator;
import org.tutela.benchmarks.speed.SpeedRun;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.search.LuceneNameIndex;
import org.tutela.search.NameIndex;
import org.tutela.search.NameQuery;
import org.tutela.search.NameSearch;
import org.tutela.search.Scope;
import org.tutela.search.opensearch.OpenSearchNameIndex;
import org.tutela.search.opensearch.node.OpenSearchNodes;
import org.tutela.search.opensearch.OpenSearchSettings;

/**
 * Name-search latency on the two backends side by side ({@code search-backends}): the same generated names (the speed
 * corpus's generator and seed) built into the embedded Lucene index and into a single OpenSearch node started in this
 * JVM (reached over HTTP on loopback), then the same queries (the speed run's query generator) searched one at a time
 * through {@link NameSearch}, registry scope, ten hits: a warm-up, then each query timed. Rescoring is the application's
 * on both, so the difference is retrieval and, for OpenSearch, the round trip.
 *
 * <pre>
 *   java -jar benchmarks/target/tutela-benchmarks-*-all.jar search-backends [--names 100000] [--queries 2000] [--warmup 1000]
 * </pre>
 */
public final class SearchBackendsRun {
    private SearchBackendsRun() {
    }

    /** One backend's figures. */
    public record Result(String backend, int names, double buildSeconds, int queries, double p50Millis, double p99Millis,
                         double meanMillis, long hits) {
    }

    public static List<Result> run(Map<String, String> options) throws Exception {
        int names = Integer.parseInt(options.getOrDefault("names", "100000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
        List<Person> persons = new ArrayList<>(names);
        for (BenchName n : new NameGenerator(SharedData.namesDir(), SpeedRun.CORPUS_SEED, "gen").next(names)) {
            persons.add(new Person(RecordId.of("person-" + n.id()), List.of(PersonName.of(n.text(), PersonName.Kind.PRIMARY)),
                    Optional.empty(), Optional.empty(), List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none()));
        }
        List<NameQuery> asked = new NameGenerator(SharedData.namesDir(), SpeedRun.QUERY_SEED, "q").next(warmup + queries).stream()
                .map(n -> NameQuery.of(n.text())).toList();
        List<Result> results = new ArrayList<>();
        try (NameIndex lucene = LuceneNameIndex.inMemory()) {
            results.add(measure("lucene (embedded, in memory)", lucene, persons, asked, warmup));
        }
        try (OpenSearchNodes node = OpenSearchNodes.single();
             OpenSearchNameIndex opensearch = OpenSearchNameIndex.open(OpenSearchSettings.local(node.hosts().get(0), "bench"))) {
            try {
                results.add(measure("opensearch (one node in this JVM, HTTP on loopback)", opensearch, persons, asked, warmup));
            } finally {
                opensearch.deleteIndices();
            }
        }
        System.out.print(Machine.describe());
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-55s %,d names, built in %.1f s; %d queries: p50 %.2f ms, p99 %.2f ms, mean %.2f ms (%d hits)%n",
                    r.backend(), r.names(), r.buildSeconds(), r.queries(), r.p50Millis(), r.p99Millis(), r.meanMillis(), r.hits());
        }
        return results;
    }

    private static Result measure(String backend, NameIndex index, List<Person> persons, List<NameQuery> asked, int warmup) {
        long start = System.nanoTime();
        index.rebuild(persons);
        double build = (System.nanoTime() - start) / 1e9;
        if (index instanceof OpenSearchNameIndex o) {
            o.refresh();
        }
        NameSearch search = new NameSearch(index);
        for (int i = 0; i < warmup; i++) {
            search.search(asked.get(i), Scope.registryOnly(), 10);
        }
        int measured = asked.size() - warmup;
        long[] nanos = new long[measured];
        long hits = 0;
        for (int i = 0; i < measured; i++) {
            long t = System.nanoTime();
            hits += search.search(asked.get(warmup + i), Scope.registryOnly(), 10).size();
            nanos[i] = System.nanoTime() - t;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        return new Result(backend, persons.size(), build, measured, percentile(sorted, 0.50), percentile(sorted, 0.99), mean, hits);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
