package org.tutela.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Samples;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/** One import takes at most a given number of records, and past it writes nothing. */
class ImportLimitTest {
    @TempDir
    Path dir;

    @Test
    void anImportOverItsRecordLimitIsRefusedWhole() throws Exception {
        Path file = dir.resolve("samples.jsonl");
        try (var out = Files.newOutputStream(file)) {
            new Exporter().export(RecordSet.of(Samples.all()), Format.TUTELA_JSONL, out);
        }
        int records = Samples.all().size();
        try (Storage storage = Storage.open(StorageConfig.Embedded.at(dir.resolve("data")))) {
            assertThatThrownBy(() -> new Importer().importFile(file, Format.TUTELA_JSONL, storage.registry(), Change.by("test", "limit"),
                    ImportOptions.strict().withMaxRecords(records - 1)))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("more than " + (records - 1) + " records");
            assertThat(storage.registry().all(org.tutela.core.registry.Person.class)).isEmpty();
            assertThat(new Importer().importFile(file, Format.TUTELA_JSONL, storage.registry(), Change.by("test", "limit"),
                    ImportOptions.strict().withMaxRecords(records)).created()).isEqualTo(records);
        }
        assertThat(ImportOptions.strict().maxRecords()).isEqualTo(org.tutela.core.registry.Limits.MAX_RECORDS_PER_IMPORT);
    }
}
