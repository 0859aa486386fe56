package org.tutela.exchange.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Samples;
import org.tutela.exchange.Format;
import org.tutela.exchange.ImportException;
import org.tutela.exchange.ImportOptions;
import org.tutela.exchange.Importer;
import org.tutela.json.RecordJson;

/** Tutela's own lines: strict JSON, one record a line, blank lines allowed; errors name file, line and field path. */
class TutelaLinesImportTest {
    @TempDir
    Path dir;

    private final Importer importer = new Importer();
    private final TutelaLines lines = new TutelaLines(new RecordJson());

    private Path file(List<String> content) throws IOException {
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, String.join("\r\n", content), StandardCharsets.UTF_8);
        return file;
    }

    private List<String> samples() {
        return Samples.all().stream().map(r -> lines.write(r).toString()).toList();
    }

    private ImportException failure(List<String> content) throws IOException {
        Path file = file(content);
        try {
            importer.check(file, Format.TUTELA_JSONL, RecordSet.of(List.of()), ImportOptions.strict());
        } catch (ImportException e) {
            assertThat(e.file()).isEqualTo(file.toString());
            return e;
        }
        throw new AssertionError("no error");
    }

    private static List<String> with(List<String> base, int index, String line) {
        List<String> out = new ArrayList<>(base);
        out.set(index, line);
        return out;
    }

    @Test
    void blankLinesAndAByteOrderMarkAreAllowed() throws IOException {
        List<String> content = new ArrayList<>(samples());
        content.add(3, "");
        content.add(5, "   ");
        content.set(0, "\uFEFF" + content.get(0));
        Importer.Plan plan = importer.check(file(content), Format.TUTELA_JSONL, RecordSet.of(List.of()), ImportOptions.strict());
        assertThat(plan.records()).containsExactlyElementsOf(Samples.all());
    }

    @Test
    void errorsNameTheLineAndTheFieldPath() throws IOException {
        List<String> base = new ArrayList<>(samples());
        base.add(2, "");
        int target = 3; // index of the target person after the blank line: line 4
        String person = base.get(target);
        assertThat(person).contains("person-sample-target");

        ImportException unknownKind = failure(with(base, target, person.replace("\"kind\":\"person\"", "\"kind\":\"alien\"")));
        assertThat(unknownKind.line()).isEqualTo(4);
        assertThat(unknownKind.field()).isEqualTo("kind");
        assertThat(unknownKind.problem()).contains("alien");

        ImportException badDate = failure(with(base, target, person.replace("1984-05-17", "1984-02-30")));
        assertThat(badDate.line()).isEqualTo(4);
        assertThat(badDate.field()).isEqualTo("birthDate");

        ImportException badName = failure(with(base, target, person.replace("\"full\":\"Nadzeya Kavalenka\"", "\"full\":\"  \"")));
        assertThat(badName.field()).startsWith("names[0]");

        ImportException unknownField = failure(with(base, target, person.replace("\"gender\"", "\"shoeSize\":44,\"gender\"")));
        assertThat(unknownField.field()).isEqualTo("shoeSize");

        ImportException comment = failure(with(base, target, "// a comment"));
        assertThat(comment.line()).isEqualTo(4);
        assertThat(comment.problem()).contains("malformed JSON");

        ImportException missing = failure(with(base, target, person.replace("source-sample-report", "source-gone")));
        assertThat(missing.line()).isEqualTo(4);
        assertThat(missing.field()).isEqualTo("provenance.citations[0].source");
        assertThat(missing.problem()).contains("source-gone");
    }

    @Test
    void anEmptyFileImportsNothing() throws IOException {
        Importer.Plan plan = importer.check(file(List.of("", "")), Format.TUTELA_JSONL, RecordSet.of(Samples.all()), ImportOptions.strict());
        assertThat(plan.records()).isEmpty();
        assertThat(plan.changed()).isEmpty();
        assertThat(plan.result().total()).isZero();
    }

    @Test
    void formatsAreNamedBySlug() {
        assertThat(Format.fromSlug("tutela")).contains(Format.TUTELA_JSONL);
        assertThat(Format.fromSlug("FTM")).contains(Format.FTM);
        assertThat(Format.fromSlug("tutela-jsonl")).contains(Format.TUTELA_JSONL);
        assertThat(Format.fromSlug("csv")).isEmpty();
    }

    @Test
    void writesWhatRecordJsonWrites() {
        RecordJson json = new RecordJson();
        for (RegistryRecord r : Samples.all()) {
            assertThat(lines.write(r)).isEqualTo(json.toTreeWithKind(r));
            assertThat(lines.read(lines.write(r))).isEqualTo(r);
        }
    }
}
