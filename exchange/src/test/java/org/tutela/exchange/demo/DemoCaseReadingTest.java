package org.tutela.exchange.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Samples;
import org.tutela.json.RecordJson;

/** The reading rules, on the invented sample case so that they do not hang on the seed data. */
class DemoCaseReadingTest {
    private final RecordJson json = new RecordJson();

    private List<String> sampleLines() {
        return Samples.all().stream().map(r -> json.toTreeWithKind(r).toString()).collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<RegistryRecord> read(List<String> lines) throws IOException {
        return DemoCase.read(new StringReader(String.join("\n", lines) + "\n"), "sample.jsonl");
    }

    @Test
    void readsWhatRecordJsonWrites() throws IOException {
        List<String> lines = sampleLines();
        lines.add(3, "   ");

        assertThat(read(lines)).containsExactlyElementsOf(Samples.all());
    }

    @Test
    void malformedLineIsNamed() {
        List<String> lines = sampleLines();
        lines.set(2, lines.get(2).substring(0, 20));

        assertThatThrownBy(() -> read(lines))
                .isInstanceOfSatisfying(DemoCaseException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEmpty();
                    assertThat(e.file()).isEqualTo("sample.jsonl");
                })
                .hasMessageStartingWith("sample.jsonl line 3: malformed JSON");
    }

    @Test
    void badFieldIsNamedWithItsLine() {
        List<String> lines = sampleLines();
        int target = indexOf(lines, Samples.TARGET.value());
        lines.set(target, lines.get(target).replace("\"nationalities\":[\"BY\"]", "\"nationalities\":[\"QQ\"]"));

        assertThatThrownBy(() -> read(lines))
                .isInstanceOfSatisfying(DemoCaseException.class, e -> {
                    assertThat(e.line()).isEqualTo(target + 1);
                    assertThat(e.field()).startsWith("nationalities");
                })
                .hasMessageContaining("line " + (target + 1)).hasMessageContaining("QQ");
    }

    @Test
    void unknownKindIsNamed() {
        List<String> lines = sampleLines();
        lines.set(0, lines.get(0).replace("\"kind\":\"source\"", "\"kind\":\"rumour\""));

        assertThatThrownBy(() -> read(lines))
                .isInstanceOfSatisfying(DemoCaseException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("kind");
                })
                .hasMessageContaining("rumour");
    }

    @Test
    void duplicateIdIsRefused() {
        List<String> lines = sampleLines();
        lines.add(lines.get(0));

        assertThatThrownBy(() -> read(lines))
                .isInstanceOfSatisfying(DemoCaseException.class, e -> {
                    assertThat(e.line()).isEqualTo(lines.size());
                    assertThat(e.field()).isEqualTo("id");
                })
                .hasMessageContaining(Samples.SOURCE.value());
    }

    @Test
    void referenceToALaterLineIsRefused() {
        List<String> lines = sampleLines();
        String source = lines.remove(0);
        lines.add(source);

        assertThatThrownBy(() -> read(lines))
                .isInstanceOfSatisfying(DemoCaseException.class, e -> assertThat(e.line()).isLessThan(lines.size()))
                .hasMessageContaining("'" + Samples.SOURCE.value() + "', which no earlier line defines");
    }

    @Test
    void arrayInsteadOfRecordIsRefused() {
        assertThatThrownBy(() -> read(List.of("[1,2]")))
                .isInstanceOfSatisfying(DemoCaseException.class, e -> assertThat(e.line()).isEqualTo(1))
                .hasMessageContaining("one JSON object");
    }

    private static int indexOf(List<String> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"id\":\"" + id + "\"")) {
                return i;
            }
        }
        throw new AssertionError(id + " not among the sample lines");
    }
}
