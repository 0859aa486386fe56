package org.tutela.exchange.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Samples;
import org.tutela.exchange.Format;
import org.tutela.exchange.ImportException;
import org.tutela.exchange.ImportOptions;
import org.tutela.exchange.Importer;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/** Tutela lines and FtM lines: checked, and imported into a real registry that must stay untouched on refusal. */
class ImporterFuzzTest {
    static Path dir;
    static Storage storage;
    static final RecordSet SAMPLES = RecordSet.of(Samples.all());

    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory("tutela-fuzz");
        storage = Storage.open(StorageConfig.Embedded.at(dir));
        storage.registry().saveAll(Samples.all(), Change.by("fuzz", "fixtures"));
    }

    @AfterAll
    static void close() throws IOException {
        storage.close();
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void tutelaLines(byte[] input) {
        exercise(input, Format.TUTELA_JSONL);
    }

    @FuzzTest(maxDuration = "30s")
    void ftmLines(byte[] input) {
        exercise(input, Format.FTM);
    }

    private static void exercise(byte[] input, Format format) {
        try {
            new Importer().check("fuzz.jsonl", new ByteArrayInputStream(input), format, SAMPLES, ImportOptions.skippingUnsupportedSchemata());
        } catch (ImportException expected) {
            assertThat(expected.getMessage()).contains("fuzz.jsonl");
        }
        long before = storage.registry().count(Optional.empty());
        int revisionsBefore = storage.registry().history(Samples.TARGET).size();
        try {
            new Importer().importStream("fuzz.jsonl", new ByteArrayInputStream(input), format, storage.registry(),
                    Change.by("fuzz", "fuzzed import"), ImportOptions.strict());
        } catch (ImportException refused) {
            assertThat(storage.registry().count(Optional.empty())).as("a refused import writes nothing").isEqualTo(before);
            assertThat(storage.registry().history(Samples.TARGET)).hasSize(revisionsBefore);
        }
    }
}
