package org.tutela.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Samples;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/** Imports into the real registry (an embedded H2 file): all of a file, or nothing of it. */
class RegistryImportTest {
    @TempDir
    Path dir;

    private Storage storage;
    private Registry registry;
    private final Importer importer = new Importer();
    private final Exporter exporter = new Exporter();
    private static final Change CHANGE = Change.by("test", "import test");

    @BeforeEach
    void open() {
        storage = Storage.open(StorageConfig.Embedded.at(dir.resolve("data")));
        registry = storage.registry();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private Path exportOf(List<RegistryRecord> records, Format format, String name) throws IOException {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            exporter.export(RecordSet.of(records), format, out);
        }
        return file;
    }

    /** Everything a failed import must leave as it was: every record, and every record's history. */
    private Map<String, Object> state() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(registry, Format.TUTELA_JSONL, out);
        Map<String, Object> state = new TreeMap<>();
        state.put("records", out.toString(StandardCharsets.UTF_8));
        state.put("count", registry.count(Optional.empty()));
        for (RecordKind kind : RecordKind.values()) {
            for (RegistryRecord r : registry.all(kind.type())) {
                state.put("history " + r.id(), registry.history(r.id()).size());
            }
        }
        return state;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anExportImportedIntoAnEmptyRegistryGivesItBack(Format format) throws IOException {
        Path file = exportOf(Everything.all(), format, "all." + format.slug());
        ImportResult result = importer.importFile(file, format, registry, CHANGE, ImportOptions.strict());
        assertThat(result.created()).isEqualTo(Everything.all().size());
        assertThat(registry.count(Optional.empty())).isEqualTo(Everything.all().size());
        for (RegistryRecord record : Everything.all()) {
            assertThat(registry.get(record.id())).as(record.id().value()).contains(record);
        }
        // and exporting the registry gives the same file, byte for byte
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        exporter.export(registry, format, again);
        assertThat(again.toByteArray()).isEqualTo(Files.readAllBytes(file));
        // a second import of the same file writes nothing: no new revisions
        ImportResult twice = importer.importFile(file, format, registry, CHANGE, ImportOptions.strict());
        assertThat(twice.unchanged()).isEqualTo(Everything.all().size());
        assertThat(registry.history(RecordId.of("person-full"))).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aFailedImportLeavesTheRegistryExactlyAsItWas(Format format) throws IOException {
        importer.importFile(exportOf(Samples.all(), format, "samples"), format, registry, CHANGE, ImportOptions.strict());
        Map<String, Object> before = state();

        // a file that would revise every sample and add all of Everything, but whose last line is bad
        List<RegistryRecord> changed = new ArrayList<>(Everything.all());
        changed.add(new org.tutela.core.registry.Relationship(RecordId.of(Samples.siblings().id().value()),
                org.tutela.core.registry.Relationship.Type.ASSOCIATE, Samples.TARGET, Samples.BROTHER, Optional.of("changed"),
                org.tutela.core.registry.Provenance.none()));
        Path file = exportOf(changed, format, "bad");
        String text = Files.readString(file);
        Files.writeString(file, text + "{\"id\":\"x\",\n");
        int lastLine = text.split("\n").length + 1;
        assertThatThrownBy(() -> importer.importFile(file, format, registry, CHANGE, ImportOptions.strict()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(lastLine));
        assertThat(state()).isEqualTo(before);

        // the same with a reference to nothing on the last line
        String dangling = format == Format.FTM
                ? "{\"id\":\"rel-x\",\"schema\":\"Family\",\"properties\":{\"person\":[\"person-full\"],\"relative\":[\"person-gone\"]}}"
                : "{\"kind\":\"relationship\",\"id\":\"rel-x\",\"type\":\"FAMILY\",\"from\":\"person-full\",\"to\":\"person-gone\"}";
        Files.writeString(file, text + dangling + "\n");
        assertThatThrownBy(() -> importer.importFile(file, format, registry, CHANGE, ImportOptions.strict()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(lastLine);
                    assertThat(e.field()).isEqualTo(format == Format.FTM ? "relative" : "to");
                    assertThat(e.problem()).contains("person-gone");
                });
        assertThat(state()).isEqualTo(before);

        // without the bad line it goes through, in one change
        Files.writeString(file, text);
        ImportResult result = importer.importFile(file, format, registry, CHANGE, ImportOptions.strict());
        assertThat(result.revised()).isEqualTo(1);
        assertThat(result.created()).isEqualTo(Everything.all().size());
        assertThat(registry.history(Samples.siblings().id())).hasSize(2);
    }

    @Test
    void referencesMayPointAtRecordsAlreadyInTheRegistry() throws IOException {
        importer.importFile(exportOf(Samples.all(), Format.FTM, "samples"), Format.FTM, registry, CHANGE, ImportOptions.strict());
        Path file = dir.resolve("more.ftm.json");
        Files.writeString(file, "{\"id\":\"p-new\",\"schema\":\"Person\",\"properties\":{\"name\":[\"New Person\"]}}\n"
                + "{\"id\":\"f-new\",\"schema\":\"Family\",\"properties\":{\"person\":[\"p-new\"],\"relative\":[\"" + Samples.TARGET + "\"]}}\n");
        ImportResult result = importer.importFile(file, Format.FTM, registry, CHANGE, ImportOptions.strict());
        assertThat(result.created()).isEqualTo(2);
        assertThat(registry.referencing(Samples.TARGET)).extracting(RegistryRecord::id).contains(RecordId.of("f-new"));
        assertThat(registry.history(RecordId.of("p-new")).get(0).recordedBy()).isEqualTo("test");
    }
}
