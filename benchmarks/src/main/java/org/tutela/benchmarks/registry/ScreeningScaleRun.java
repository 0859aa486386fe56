package org.tutela.benchmarks.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.tutela.core.requests.Workflow;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;
import org.tutela.storage.registry.JdbcRegistry;

/**
 * Screening of one request against a PostgreSQL registry of growing size (10,000, 100,000, 1,000,000
 * records by default), a whole-process run. Each size is a registry of its own, in the schema
 * {@code <schema>_<size>}: loading a million records takes half an hour, so a loaded registry can be kept
 * ({@code --keep true}) and measured again later without loading ({@code --reuse true}: a size whose schema
 * holds a finished load is measured as it is; the others are loaded first). {@code --measure false} only
 * loads. At each size the same request is screened many times through the JDBC registry as the server
 * does (its requests' files read for earlier breaches; names resolved as recorded: the name index is
 * measured elsewhere) and the latencies' p50 and p99 are reported.
 *
 * <pre>
 *   java -jar benchmarks/target/tutela-benchmarks-0.1.0-SNAPSHOT-all.jar screening-scale
 *        --pg-url jdbc:postgresql://127.0.0.1:55432/tutela --pg-user tutela --pg-password tutela
 *        [--sizes 10000,100000,1000000] [--warmup 100] [--samples 500] [--schema bench_screening]
 *        [--reuse true] [--keep true] [--measure false] [--out FILE]
 * </pre>
 */
public final class ScreeningScaleRun {
    private static final int BATCH = 5_000;
    /** Written in a size's schema once its load has finished: what {@code --reuse} trusts. */
    private static final String LOADED = "bench_loaded";

    private ScreeningScaleRun() {
    }

    public static void run(Map<String, String> options) throws Exception {
        String url = require(options, "pg-url");
        String user = options.getOrDefault("pg-user", "tutela");
        String password = options.getOrDefault("pg-password", "");
        long[] sizes = Arrays.stream(options.getOrDefault("sizes", "10000,100000,1000000").split(",")).mapToLong(Long::parseLong).sorted().toArray();
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "100"));
        int samples = Integer.parseInt(options.getOrDefault("samples", "500"));
        String prefix = options.getOrDefault("schema", "bench_screening");
        if (!prefix.matches("[a-z_][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("--schema must be a lower-case SQL name (letters, digits, _), not '" + prefix + "'");
        }
        boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
        boolean keep = Boolean.parseBoolean(options.getOrDefault("keep", String.valueOf(reuse)));
        boolean measure = Boolean.parseBoolean(options.getOrDefault("measure", "true"));
        StringBuilder table = new StringBuilder("| registry records | load time | screenings | p50 (ms) | p99 (ms) | mean (ms) |\n"
                + "|---:|---:|---:|---:|---:|---:|\n");
        List<String> first = null;
        for (long size : sizes) {
            String schema = prefix + "_" + size;
            Optional<Loaded> earlier = reuse ? loaded(url, user, password, schema) : Optional.empty();
            if (earlier.isEmpty()) {
                execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                execute(url, user, password, "CREATE SCHEMA " + schema);
            } else {
                System.out.printf(Locale.ROOT, "%s: reusing %,d records loaded %s%n", schema, earlier.get().records(), earlier.get().at());
                // a registry kept from an earlier load may lack migrations numbered below its latest (added since, by
                // other work); they are applied out of order here, for the benchmark's schemas only, before the
                // storage opens it with its usual, in-order check
                org.flywaydb.core.Flyway.configure().dataSource(url, user, password).schemas(schema)
                        .locations("classpath:db/migration").outOfOrder(true).load().migrate();
            }
            try (Storage storage = Storage.open(new StorageConfig.Postgres(url, user, password, Optional.of(schema)))) {
                Registry registry = storage.registry();
                Loaded load = earlier.isPresent() ? earlier.get() : load(registry, size, schema);
                if (earlier.isEmpty()) {
                    execute(url, user, password, "CREATE TABLE " + schema + "." + LOADED + " (records BIGINT NOT NULL, seconds BIGINT NOT NULL,"
                            + " loaded_at TIMESTAMP WITH TIME ZONE NOT NULL); INSERT INTO " + schema + "." + LOADED + " VALUES ("
                            + load.records() + ", " + load.time().toSeconds() + ", CURRENT_TIMESTAMP)");
                }
                // vacuumed as well as analysed: the state autovacuum keeps a production database in (pages marked all-visible),
                // without which an index-only scan visits the table for each entry of a page written since the last vacuum
                for (String vacuumed : List.of("record_current", "record_reference", "record_key")) {
                    execute(url, user, password, "VACUUM (ANALYZE) " + schema + "." + vacuumed);
                }
                if (measure) {
                    Measured m = measure(storage, warmup, samples);
                    // the same flags at every size: the filler must not change the case's screening (rule 15's counts may grow)
                    if (first == null) {
                        first = m.fired();
                    } else if (!first.equals(m.fired())) {
                        throw new IllegalStateException("the screening changed between sizes; the filler touches the case");
                    }
                    long[] nanos = m.nanos();
                    String line = String.format(Locale.ROOT, "| %,d | %s | %d | %.2f | %.2f | %.2f |%n", load.records(), human(load.time()),
                            samples, ms(nanos[(int) Math.floor(0.50 * (samples - 1))]), ms(nanos[(int) Math.ceil(0.99 * (samples - 1))]),
                            ms((long) Arrays.stream(nanos).average().orElse(0)));
                    System.out.print(line);
                    table.append(line);
                }
            } finally {
                if (!keep) {
                    execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
        System.out.println();
        System.out.println(table);
        if (options.containsKey("out")) {
            Files.writeString(Path.of(options.get("out")), table.toString());
        }
    }

    private record Loaded(long records, Duration time, String at) {
    }

    private record Measured(long[] nanos, List<String> fired) {
    }

    /** The case, then filler up to {@code size} records, in batches of {@value #BATCH} (one transaction each). */
    private static Loaded load(Registry registry, long size, String schema) {
        Instant start = Instant.now();
        Change change = Change.by("benchmark", "screening at scale");
        List<RegistryRecord> theCase = ScaleRegistry.theCase();
        registry.saveAll(theCase, change);
        long loaded = theCase.size();
        while (loaded < size) {
            long to = Math.min(size, loaded + BATCH);
            List<RegistryRecord> batch = ScaleRegistry.filler(loaded - theCase.size(), to - theCase.size());
            registry.saveAll(batch, change);
            loaded += batch.size();
            if (loaded % 100_000 < BATCH) {
                System.out.printf(Locale.ROOT, "  %s: loaded %,d records (%s)%n", schema, loaded, Duration.between(start, Instant.now()));
            }
        }
        return new Loaded(loaded, Duration.between(start, Instant.now()), Instant.now().toString());
    }

    private static Measured measure(Storage storage, int warmup, int samples) {
        JdbcRegistry registry = storage.registry();
        Screening screening = Screening.standard().readingBreaches(Workflow.breachRecord(storage.requestFiles()));
        CooperationRequest request = registry.get(ScaleRegistry.REQUEST, CooperationRequest.class).orElseThrow();
        LocalDate asOf = LocalDate.now();
        for (int i = 0; i < warmup; i++) {
            registry.onOneConnection(() -> screening.screen(request, registry, asOf));
        }
        long[] nanos = new long[samples];
        ScreeningReport report = null;
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            // as the server's screening desk does: the screening's reads on one connection
            report = registry.onOneConnection(() -> screening.screen(request, registry, asOf));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return new Measured(nanos, report.flags().stream().map(f -> f.flag().id() + "=" + f.status()).toList());
    }

    /** The load recorded in {@code schema}, if one finished there. */
    private static Optional<Loaded> loaded(String url, String user, String password, String schema) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            ps.setString(1, schema);
            ps.setString(2, LOADED);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT records, seconds, loaded_at FROM " + schema + "." + LOADED)) {
                return rs.next() ? Optional.of(new Loaded(rs.getLong(1), Duration.ofSeconds(rs.getLong(2)), rs.getString(3))) : Optional.empty();
            }
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
