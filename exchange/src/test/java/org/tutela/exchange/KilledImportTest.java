package org.tutela.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Relationship;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/**
 * A process killed (SIGKILL) while it imports leaves the registry with all of the file or none of it,
 * never a part: the import is one transaction, and a committed one survives the kill.
 */
class KilledImportTest {
    private static final int PERSONS = 500;

    @TempDir
    Path dir;

    private Path bigFile() throws IOException {
        List<RegistryRecord> records = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            records.add(new Person(RecordId.of("person-" + i), List.of(PersonName.of("Given" + i, "Surname" + (i % 97), PersonName.Kind.PRIMARY)),
                    Optional.of(LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28)), Optional.empty(), List.of(Country.of("KZ")),
                    List.of(), Set.of(), Optional.empty(), Provenance.none()));
            if (i > 0) {
                records.add(new Relationship(RecordId.of("rel-" + i), Relationship.Type.ASSOCIATE, RecordId.of("person-" + i),
                        RecordId.of("person-" + (i - 1)), Optional.empty(), Provenance.none()));
            }
        }
        Path file = dir.resolve("big.ftm.json");
        try (var out = Files.newOutputStream(file)) {
            new Exporter().export(RecordSet.of(records), Format.FTM, out);
        }
        return file;
    }

    private Process start(Path data, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ImportProcess.class.getName(),
                data.toString(), file.toString(), Format.FTM.name()).redirectErrorStream(true).start();
    }

    private static long count(Path data) {
        try (Storage storage = Storage.open(StorageConfig.Embedded.at(data))) {
            long count = storage.registry().count(Optional.empty());
            if (count > 0) {
                assertThat(storage.registry().get(RecordId.of("rel-" + (PERSONS - 1)))).isPresent();
            }
            return count;
        }
    }

    @Test
    void aKilledImportLeavesAllOrNothing() throws Exception {
        Path file = bigFile();
        long total = PERSONS * 2L - 1;
        List<Long> seen = new ArrayList<>();
        // kill at several moments after the dry run: some before the write starts, some during it, some after
        for (int trial = 0; trial < 3; trial++) {
            Path data = dir.resolve("data-" + trial);
            Process process = start(data, file);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                long checkMillis = -1;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("checked ")) {
                        checkMillis = Long.parseLong(line.substring(8).strip());
                        break;
                    }
                }
                assertThat(checkMillis).as("the import process did not start").isNotNegative();
                // the real import checks again (about checkMillis) and then writes
                Thread.sleep(checkMillis + trial * Math.max(50, checkMillis / 2));
                process.destroyForcibly();
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            long count = count(data);
            seen.add(count);
            assertThat(count).as("records after a kill in trial " + trial).isIn(0L, total);
        }
        // and a process left alone imports everything
        Path data = dir.resolve("data-whole");
        long started = System.nanoTime();
        Process whole = start(data, file);
        assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(whole.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("imported");
        assertThat(count(data)).isEqualTo(total);
        System.out.println("records seen after kills: " + seen + "; whole import took " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
