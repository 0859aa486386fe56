package org.tutela.benchmarks.load;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tutela.benchmarks.matching.BenchName;
import org.tutela.benchmarks.datasets.SharedData;
import org.tutela.benchmarks.speed.NameGenerator;

/**
 * The files the load test needs: a wanted list of generated names, in the CSV that {@code tutela lists
 * import --format csv} reads, and the names the load test searches for — half of them taken from the
 * list as written (each should be found), half generated with the next seed (mostly not listed), as a
 * desk's searches are. Names come from the speed benchmark's generator: real name parts recombined,
 * nothing stored from the data.
 */
public final class LoadFixtures {
    static final long SEED = 20261121L;

    private LoadFixtures() {
    }

    public static void write(Map<String, String> options) throws IOException {
        int size = Integer.parseInt(options.getOrDefault("names", "1000000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "4000"));
        Path out = Path.of(options.getOrDefault("out", "load/target/load-fixtures"));
        Files.createDirectories(out);
        NameGenerator listed = new NameGenerator(SharedData.namesDir(), SEED, "load");
        int every = Math.max(1, size / Math.max(1, queries / 2));
        try (CSVPrinter list = printer(out.resolve("list.csv"), "id", "name", "birth_date");
             CSVPrinter names = printer(out.resolve("names.csv"), "name")) {
            for (int i = 0; i < size; i++) {
                BenchName n = listed.next();
                list.printRecord(n.id(), n.text(), n.birthDate().orElse(""));
                if (i % every == 0) {
                    names.printRecord(n.text());
                }
            }
            NameGenerator unlisted = new NameGenerator(SharedData.namesDir(), SEED + 1, "query");
            for (int i = 0; i < queries / 2; i++) {
                names.printRecord(unlisted.next().text());
            }
        }
        System.out.println("wrote " + size + " listed names and " + queries + " query names to " + out);
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').build());
    }
}
