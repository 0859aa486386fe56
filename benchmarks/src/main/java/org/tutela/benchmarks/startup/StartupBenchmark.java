package org.tutela.benchmarks.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.benchmarks.datasets.SharedData;
import org.tutela.benchmarks.matching.BenchName;
import org.tutela.benchmarks.speed.NameGenerator;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.search.NameIndex;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/**
 * What keeping the name index in memory costs at start: the registry's persons are read from the encrypted
 * embedded database and indexed into a {@link NameIndex#inMemory()}, as the application does on every start
 * since the index no longer lies on disk in clear. The first run on a directory loads N generated persons
 * (the speed benchmark's generator, seed 20261121) and then measures; later runs measure a fresh JVM on the
 * loaded database, which is the figure to report.
 */
public final class StartupBenchmark {
    private static final long SEED = 20261121L;
    private static final int BATCH = 5_000;
    private static final String KEY = "startup-benchmark-key-not-secret";

    private StartupBenchmark() {
    }

    /** Wall-clock seconds of each phase, and the process's CPU seconds for the whole start (robust on a shared machine). */
    public record Result(int persons, double loadSeconds, double openSeconds, double readSeconds, double indexSeconds,
                         double totalSeconds, double totalCpuSeconds, long heapBeforeMiB, long heapAfterMiB) {
    }

    public static Result run(Path dir, int names) throws Exception {
        StorageConfig config = StorageConfig.Embedded.at(dir).encryptedWith(KEY);
        double load = 0;
        if (!Files.exists(dir.resolve("tutela.mv.db"))) {
            long start = System.nanoTime();
            try (Storage storage = Storage.open(config)) {
                NameGenerator generator = new NameGenerator(SharedData.namesDir(), SEED, "gen");
                for (int done = 0; done < names; done += BATCH) {
                    List<Person> batch = new ArrayList<>();
                    for (BenchName name : generator.next(Math.min(BATCH, names - done))) {
                        batch.add(person(name));
                    }
                    storage.registry().saveAll(batch, Change.by("benchmark", "generated names"));
                    if ((done / BATCH) % 20 == 0) {
                        System.err.printf("loaded %,d persons%n", done + batch.size());
                    }
                }
            }
            load = seconds(start);
        }
        long heapBefore = heapMiB();
        long start = System.nanoTime();
        double cpu = cpuSeconds();
        try (Storage storage = Storage.open(config)) {
            double open = seconds(start);
            long readStart = System.nanoTime();
            List<Person> persons = storage.registry().all(Person.class);
            int count = persons.size();
            double read = seconds(readStart);
            long indexStart = System.nanoTime();
            try (NameIndex index = NameIndex.inMemory()) {
                index.rebuild(persons);
                double indexed = seconds(indexStart);
                double total = seconds(start);
                double totalCpu = cpuSeconds() - cpu;
                persons = null;
                long heapAfter = heapMiB();
                return new Result(count, load, open, read, indexed, total, totalCpu, heapBefore, heapAfter);
            }
        }
    }

    /** The index part alone: N generated persons indexed into an in-memory index, without the database. */
    public record IndexResult(int persons, double indexSeconds, double indexCpuSeconds, long heapBeforeMiB, long heapAfterMiB) {
    }

    public static IndexResult indexOnly(int names) {
        List<Person> persons = new ArrayList<>(names);
        for (BenchName name : new NameGenerator(SharedData.namesDir(), SEED, "gen").next(names)) {
            persons.add(person(name));
        }
        long heapBefore = heapMiB();
        long start = System.nanoTime();
        double cpu = cpuSeconds();
        try (NameIndex index = NameIndex.inMemory()) {
            index.rebuild(persons);
            double indexed = seconds(start);
            double indexCpu = cpuSeconds() - cpu;
            int count = persons.size();
            persons = null;
            return new IndexResult(count, indexed, indexCpu, heapBefore, heapMiB());
        }
    }

    private static Person person(BenchName name) {
        return new Person(RecordId.of("person-" + name.id()), List.of(PersonName.of(name.text(), PersonName.Kind.PRIMARY)),
                Optional.empty(), Optional.empty(), List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static long heapMiB() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
