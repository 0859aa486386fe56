package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code tutela search}, {@code tutela screen} and {@code tutela lists} on the demo data, in-process. */
class SearchAndScreenTest {
    @TempDir
    static Path dir;
    static String demo;
    static final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void loadDemo() {
        assertThat(run("demo", "--no-serve", "--data", dir.resolve("demo").toString()).code()).isZero();
        demo = dir.resolve("demo").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ДЖАРДЕМАЛИ", "Bota Jardemalie", "Dzhardemali Botagoz", "JARDEMALIE BOTAGOZ"})
    void sheIsFoundFirstUnderEveryForm(String name) throws Exception {
        Cli.Run search = run("search", name, "--json", "--data", demo);
        assertThat(search.code()).as(search.err()).isZero();
        JsonNode hits = mapper.readTree(search.out());
        assertThat(hits.get(0).get("id").asText()).isEqualTo("person-csgj5chf4d");
        assertThat(hits.get(0).get("explanation").asText()).isNotBlank();
        assertThat(hits.get(0).get("strong").asBoolean()).isTrue();
    }

    @Test
    void textSearchExplainsEachHit() {
        Cli.Run search = run("search", "ДЖАРДЕМАЛИ", "--data", demo);
        assertThat(search.out()).startsWith("1. ").contains("person-csgj5chf4d");
    }

    @Test
    void textSearchExplainsEachHitInTheLanguageAsked() throws Exception {
        Cli.Run search = run("search", "ДЖАРДЕМАЛИ", "--lang", "fr", "--data", demo);
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).startsWith("1. ").contains("person-csgj5chf4d", "registre : ", "partie du nom : ", "écrit dans un autre alphabet", "(correspondance faible)")
                .doesNotContainPattern("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b").doesNotContain("surname", "weak", "BGN");
        // the JSON keeps the matcher's codes as data and adds each line's key, arguments and text in the language asked
        JsonNode hits = mapper.readTree(run("search", "ДЖАРДЕМАЛИ", "--json", "--lang", "fr", "--data", demo).out());
        JsonNode first = hits.get(0).get("reading").get(0);
        assertThat(first.get("key").asText()).isEqualTo("names.match.score");
        assertThat(first.get("text").asText()).startsWith("Score ").contains("« ДЖАРДЕМАЛИ »");
    }

    @Test
    void theMlaRequestIsScreenedAsOfItsDate() throws Exception {
        Path html = dir.resolve("report.html");
        Cli.Run screen = run("screen", "--id", "request-kz-be-mla-2018-03-30", "--as-of", "2018-04-15", "--json",
                "--html", html.toString(), "--data", demo);
        assertThat(screen.code()).as(screen.err()).isZero();
        JsonNode report = mapper.readTree(screen.out());
        assertThat(report.at("/assessment/band").asText()).isEqualTo("REFUSE");
        List<String> fired = report.get("flags").findParents("status").stream()
                .filter(f -> "FIRED".equals(f.get("status").asText())).map(f -> f.at("/flag/id").asText()).toList();
        assertThat(fired).contains("TNR-01", "TNR-02", "TNR-04", "TNR-08", "TNR-09", "TNR-10", "TNR-11", "TNR-13")
                .doesNotContain("TNR-03", "TNR-05");
        assertThat(Files.readString(html)).contains("<style>").contains("TNR-01").contains("<span>Assessment</span>: <strong>Refuse</strong>")
                .contains("advice").doesNotContain("<script");
    }

    @Test
    void anIntakeWithItsFactsIsScreenedWithoutBeingStored() throws Exception {
        Path intake = dir.resolve("intake.json");
        Files.writeString(intake, """
                [ {"kind":"person","id":"person-intake-1","names":[{"full":"Ilkhom Sharipov","kind":"PRIMARY"}],
                   "nationalities":["TJ"],"residences":["PL"],"roles":["OPPOSITION_MEMBER"]},
                  {"kind":"protection-status","id":"protection-intake-1","person":"person-intake-1","type":"REFUGEE",
                   "grantingState":"PL","persecutingState":"TJ","granted":"2019-05-06"},
                  {"type":"MLA","requestingState":"TJ","requestedState":"PL","date":"2024-03-18",
                   "persons":[{"asWritten":"ШАРИПОВ Илхом","person":"person-intake-1"}],
                   "offences":[{"description":"extremism","category":"EXTREMISM"}],
                   "measures":[{"kind":"SEIZE_DEVICES","scope":"OPEN_ENDED","description":"all devices"}]} ]
                """);
        Cli.Run screen = run("screen", intake.toString(), "--as-of", "2024-04-01", "--json", "--data", demo);
        assertThat(screen.code()).as(screen.err()).isZero();
        JsonNode report = mapper.readTree(screen.out());
        assertThat(report.at("/assessment/band").asText()).isEqualTo("REFUSE");
        assertThat(run("search", "Ilkhom Sharipov", "--json", "--data", demo).out()).doesNotContain("person-intake-1");
    }

    @Test
    void anOrdinaryRequestRaisesNoRefusal() throws Exception {
        Path example = Path.of("..", "docs", "examples", "intake-ordinary-request.json");
        Cli.Run screen = run("screen", example.toString(), "--as-of", "2025-10-01", "--json", "--data", demo);
        assertThat(screen.code()).as(screen.err()).isZero();
        JsonNode report = mapper.readTree(screen.out());
        assertThat(report.at("/assessment/band").asText()).isNotEqualTo("REFUSE").isNotEqualTo("SUSPEND_AND_REQUIRE_ASSURANCES");
    }

    /** The summary reads in the language asked for, its reasons too, with no English sentence of the report in it. */
    @Test
    void theSummaryReadsInFrench() {
        Path example = Path.of("..", "docs", "examples", "intake-request-only.json");
        Cli.Run fr = run("screen", example.toString(), "--as-of", "2024-04-01", "--lang", "fr", "--data", demo);
        assertThat(fr.code()).as(fr.err()).isZero();
        Cli.Run en = run("screen", example.toString(), "--as-of", "2024-04-01", "--data", demo);
        assertThat(fr.out()).contains("Appréciation").doesNotContain("Assessment:").doesNotContain("could not be assessed")
                .doesNotContain("is not confirmed");
        assertThat(en.out()).contains("Assessment:");
        assertThat(run("screen", example.toString(), "--lang", "xx", "--data", demo).code()).isNotZero();
    }

    @Test
    void theDocumentedExamplesAreScreened() {
        for (String example : List.of("intake-request-only.json", "intake-with-facts.json")) {
            Cli.Run screen = run("screen", Path.of("..", "docs", "examples", example).toString(), "--as-of", "2024-04-01", "--data", demo);
            assertThat(screen.code()).as(example + ": " + screen.err()).isZero();
            assertThat(screen.out()).contains("Assessment:");
        }
    }

    @Test
    void badIntakeSaysWhatAndWhere() throws Exception {
        Path bad = dir.resolve("bad-intake.json");
        Files.writeString(bad, "{\"type\":\"MLA\",\"requestingState\":\"XX\",\"requestedState\":\"BE\"}");
        Cli.Run screen = run("screen", bad.toString(), "--data", demo);
        assertThat(screen.code()).isEqualTo(1);
        assertThat(screen.err()).contains("bad-intake.json").contains("requestingState").contains("XX");
        Path noRequest = dir.resolve("no-request.json");
        Files.writeString(noRequest, "[{\"kind\":\"person\",\"id\":\"person-x\",\"names\":[{\"full\":\"A B\"}]}]");
        assertThat(run("screen", noRequest.toString(), "--data", demo).err()).contains("no cooperation-request");
    }

    @Test
    void aPublicListIsSearchedAloneAndNeverRevealsTheRegistry() throws Exception {
        Path csv = dir.resolve("wanted.csv");
        Files.writeString(csv, "ref,name,born\nW-1,ТОКТАРОВ Ерлан,1971\nW-2,Jardemali Botagoz,1968\n");
        Cli.Run imported = run("lists", "import", csv.toString(), "--format", "csv", "--id", "test-wanted", "--title", "Test wanted list",
                "--publisher", "Test ministry", "--date", "2024-02-13", "--public", "--name-column", "name",
                "--id-column", "ref", "--birth-date-column", "born", "--data", demo);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(run("lists", "list", "--data", demo).out()).contains("test-wanted").contains("public");

        JsonNode lookup = mapper.readTree(run("search", "Джардемали", "--public", "--json", "--data", demo).out());
        assertThat(lookup.findValuesAsText("type")).containsOnly("list");
        assertThat(lookup.findValuesAsText("id")).contains("W-2").doesNotContain("person-csgj5chf4d");
        JsonNode nobody = mapper.readTree(run("search", "Iskander Yerimbetov", "--public", "--json", "--data", demo).out());
        assertThat(nobody).isEmpty();

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "ref,name,born\nW-1,Erlan Toktarov,1971\nW-2,,not-a-date\n");
        Cli.Run failed = run("lists", "import", broken.toString(), "--format", "csv", "--id", "test-broken", "--title", "T",
                "--publisher", "P", "--date", "2024-01-01", "--name-column", "name", "--birth-date-column", "born", "--data", demo);
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("broken.csv").contains("3");
        assertThat(run("lists", "list", "--data", demo).out()).doesNotContain("test-broken");
    }
}
