package org.tutela.benchmarks.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/**
 * Screening of one request against a PostgreSQL registry of growing size (10,000, 100,000, 1,000,000
 * records by default), a whole-process run: the registry is loaded once, in a schema of its own, and
 * grown from one size to the next; at each size the same request is screened many times through the
 * JDBC registry (as the server does, names resolved as recorded: the name index is measured elsewhere)
 * and the latencies' p50 and p99 are reported. The schema is dropped at the end unless {@code --keep true}.
 *
 * <pre>
 *   java -jar benchmarks/target/tutela-benchmarks-0.1.0-SNAPSHOT-all.jar screening-scale
 *        --pg-url jdbc:postgresql://127.0.0.1:55432/tutela --pg-user tutela --pg-password tutela
 *        [--sizes 10000,100000,1000000] [--warmup 100] [--samples 500] [--out FILE]
 * </pre>
 */
public final class ScreeningScaleRun {
    private static final int BATCH = 5_000;

    private ScreeningScaleRun() {
    }

    public static void run(Map<String, String> options) throws Exception {
        String url = require(options, "pg-url");
        String user = options.getOrDefault("pg-user", "tutela");
        String password = options.getOrDefault("pg-password", "");
        long[] sizes = Arrays.stream(options.getOrDefault("sizes", "10000,100000,1000000").split(",")).mapToLong(Long::parseLong).sorted().toArray();
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "100"));
        int samples = Integer.parseInt(options.getOrDefault("samples", "500"));
        String schema = options.getOrDefault("schema", "bench_screening");
        execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        execute(url, user, password, "CREATE SCHEMA " + schema);
        StringBuilder table = new StringBuilder("| registry records | load time | screenings | p50 (ms) | p99 (ms) | mean (ms) |\n"
                + "|---:|---:|---:|---:|---:|---:|\n");
        try (Storage storage = Storage.open(new StorageConfig.Postgres(url, user, password, Optional.of(schema)))) {
            Registry registry = storage.registry();
            Change change = Change.by("benchmark", "screening at scale");
            List<RegistryRecord> theCase = ScaleRegistry.theCase();
            registry.saveAll(theCase, change);
            long loaded = theCase.size();
            Screening screening = Screening.standard();
            CooperationRequest request = registry.get(ScaleRegistry.REQUEST, CooperationRequest.class).orElseThrow();
            LocalDate asOf = LocalDate.now();
            List<String> first = null;
            for (long size : sizes) {
                Instant start = Instant.now();
                while (loaded < size) {
                    long to = Math.min(size, loaded + BATCH);
                    List<RegistryRecord> batch = ScaleRegistry.filler(loaded - theCase.size(), to - theCase.size());
                    registry.saveAll(batch, change);
                    loaded += batch.size();
                    if (loaded % 100_000 < BATCH) {
                        System.out.printf(Locale.ROOT, "  loaded %,d records (%s)%n", loaded, Duration.between(start, Instant.now()));
                    }
                }
                Duration load = Duration.between(start, Instant.now());
                execute(url, user, password, "ANALYZE " + schema + ".record_current; ANALYZE " + schema + ".record_reference; ANALYZE "
                        + schema + ".record_key");
                for (int i = 0; i < warmup; i++) {
                    screening.screen(request, registry, asOf);
                }
                long[] nanos = new long[samples];
                ScreeningReport report = null;
                for (int i = 0; i < samples; i++) {
                    long t = System.nanoTime();
                    report = screening.screen(request, registry, asOf);
                    nanos[i] = System.nanoTime() - t;
                }
                // the same flags at every size: the filler must not change the case's screening (rule 15's counts may grow)
                List<String> fired = report.flags().stream().map(f -> f.flag().id() + "=" + f.status()).toList();
                if (first == null) {
                    first = fired;
                } else if (!first.equals(fired)) {
                    throw new IllegalStateException("the screening changed between sizes; the filler touches the case");
                }
                Arrays.sort(nanos);
                String line = String.format(Locale.ROOT, "| %,d | %s | %d | %.2f | %.2f | %.2f |%n", loaded, human(load), samples,
                        ms(nanos[(int) Math.floor(0.50 * (samples - 1))]), ms(nanos[(int) Math.ceil(0.99 * (samples - 1))]),
                        ms((long) Arrays.stream(nanos).average().orElse(0)));
                System.out.print(line);
                table.append(line);
            }
        } finally {
            if (!Boolean.parseBoolean(options.getOrDefault("keep", "false"))) {
                execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
        System.out.println();
        System.out.println(table);
        if (options.containsKey("out")) {
            Files.writeString(Path.of(options.get("out")), table.toString());
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String human(Duration d) {
        return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s" : d.toSeconds() + " s";
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static void execute(String url, String user, String password, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

}
