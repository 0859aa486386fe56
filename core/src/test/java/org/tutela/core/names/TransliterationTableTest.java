package org.tutela.core.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TransliterationTableTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
            "icao-9303, щеглова, shcheglova",
            "icao-9303, юлия, iuliia",
            "icao-9303, артём, artem",
            "icao-9303, євгенія, ievgeniia",
            "mvd-310, юлия, yuliya",
            "mvd-310, васильева, vasilyeva",
            "mvd-782, артём, artyem",
            "mvd-782, клеёнкина, kleyonkina",
            "mvd-782, ильин, ilyin",
            "gost-7-79, щука, ŝuka",
            "gost-7-79, юлия, ûliâ",
            "ukraine-kmu-2010, юрій, yurii",
            "ukraine-kmu-2010, згурський, zghurskyi",
            "ukraine-kmu-2010, їжакевич, yizhakevych",
            "ukraine-kmu-2010, мар'яна, mariana",
            "latin-cyrillic, andrey, андрей",
            "latin-cyrillic, dmitry, дмитрий",
    })
    void tablesFollowTheirStandards(String table, String source, String expected) {
        assertThat(TransliterationTable.load(table).apply(source)).isEqualTo(expected);
    }

    @Test
    void unknownCharactersPassThrough() {
        assertThat(TransliterationTable.load("icao-9303").apply("иван 3, qz")).isEqualTo("ivan 3, qz");
    }

    /** The project's tables against the sample pairs published with the iuliia tables (when the shared data is here). */
    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource({"icao-9303, icao_doc_9303.json", "mvd-310, mvd_310.json", "mvd-782, mvd_782.json", "gost-7-79, gost_779.json"})
    void tablesAgreeWithTheSharedSamples(String table, String sharedFile) throws IOException {
        Path file = sharedNames().resolve("translit").resolve(sharedFile);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared romanisation samples not found at " + file + "; skipped");
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        TransliterationTable t = TransliterationTable.load(table);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JsonNode pair : json.path("samples")) {
            String source = pair.get(0).asText().toLowerCase(Locale.ROOT);
            // the samples write ISO 9's ë with a Cyrillic ё look-alike: compare letters, not code points
            String expected = pair.get(1).asText().toLowerCase(Locale.ROOT).replace('ё', 'ë');
            String actual = t.apply(source);
            checked++;
            if (!actual.equals(expected)) {
                wrong.add(source + " -> " + actual + " (expected " + expected + ")");
            }
        }
        assertThat(checked).isPositive();
        assertThat(wrong).isEmpty();
    }

    /** The Ukrainian passport table against the KMU table extracted from translit-ua (when present). */
    @Test
    void ukrainianTableAgreesWithTheSharedKmuTable() throws IOException {
        Path file = sharedNames().resolve("translit").resolve("translit-ua-tables.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared romanisation tables not found at " + file + "; skipped");
        JsonNode kmu = new ObjectMapper().readTree(file.toFile()).path("UkrainianKMU");
        TransliterationTable t = TransliterationTable.load("ukraine-kmu-2010");
        List<String> wrong = new ArrayList<>();
        kmu.path("main_translit_table").fields().forEachRemaining(e -> {
            // inside a word, so that the word-initial forms do not apply
            String actual = t.apply("а" + e.getKey()).substring(1);
            if (!actual.equals(e.getValue().asText())) {
                wrong.add(e.getKey() + " -> " + actual + " (expected " + e.getValue().asText() + ")");
            }
        });
        kmu.path("first_characters").fields().forEachRemaining(e -> {
            String actual = t.apply(e.getKey() + "а");
            if (!actual.equals(e.getValue().asText() + "a")) {
                wrong.add("initial " + e.getKey() + " -> " + actual);
            }
        });
        assertThat(wrong).isEmpty();
    }

    static Path sharedNames() {
        return Path.of(System.getProperty("tutela.shared.dir", "../../shared")).resolve("data").resolve("names");
    }
}
