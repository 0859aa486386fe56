package org.tutela.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.DemoData;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.DemoUsers;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;

/** The demo as a newcomer meets it: the seed case loaded fresh and read back through the API. */
class DemoCaseApiTest {
    @TempDir
    static Path dir;
    static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        Settings demo = new Settings(dir.resolve("demo"), Optional.empty());
        DemoData.load(demo);
        DemoData.load(demo); // a second run rebuilds the demo rather than failing or doubling it
        Tutela tutela = Tutela.open(demo);
        String auth = DemoUsers.create(tutela).stream().filter(u -> u.role() == Role.DOCUMENTER && u.compartment().equals(DemoUsers.SEED_COMPARTMENT))
                .map(u -> TestUsers.basic(u.name(), u.password())).findFirst().orElseThrow();
        server = ApiServer.start(tutela, auth);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode get(String path) throws Exception {
        return server.get(path);
    }

    static List<JsonNode> ofKind(JsonNode records, String kind) {
        return StreamSupport.stream(records.spliterator(), false).filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"request-kz-interpol-red-notice-2013", "request-ua-be-extradition-2016-11-03",
            "request-kz-be-mla-2018-03-30", "request-kz-be-extradition-2018-04-24"})
    void eachKeyRequestReadsBackWithTargetsProceedingDecisionsAndSources(String id) throws Exception {
        JsonNode dossier = get("/api/records/" + id + "/dossier");
        JsonNode request = dossier.get("record");
        assertThat(request.get("kind").asText()).isEqualTo("cooperation-request");

        List<String> targets = StreamSupport.stream(request.get("persons").spliterator(), false)
                .filter(p -> "TARGET".equals(p.path("role").asText())).map(p -> p.path("person").asText()).toList();
        assertThat(targets).as("targets of %s", id).contains("person-csgj5chf4d");
        assertThat(ofKind(dossier.get("references"), "person")).extracting(p -> p.get("id").asText()).contains("person-csgj5chf4d");
        if (request.has("proceeding")) {
            assertThat(ofKind(dossier.get("references"), "proceeding")).as("proceeding of %s", id).isNotEmpty();
        }
        assertThat(ofKind(dossier.get("referencedBy"), "decision")).as("decisions on %s", id).isNotEmpty();
        assertThat(dossier.get("sources")).as("sources of %s", id).isNotEmpty();
        assertThat(request.at("/provenance/citations/0/source").asText()).startsWith("source-");
    }

    @Test
    void theMlaRequestCarriesItsMeasuresAndCase() throws Exception {
        JsonNode request = get("/api/records/request-kz-be-mla-2018-03-30").get("record");
        assertThat(request.get("requestingState").asText()).isEqualTo("KZ");
        assertThat(request.get("requestedState").asText()).isEqualTo("BE");
        assertThat(request.get("measures").findValuesAsText("kind"))
                .contains("REFUGEE_FILE", "FOREIGN_OFFICIALS_PRESENT", "SEIZE_DEVICES", "BANK_RECORDS");
        JsonNode proceeding = get("/api/records/" + request.get("proceeding").asText()).get("record");
        assertThat(proceeding.get("caseNumber").asText()).contains("170000131000012");
    }

    @Test
    void conflictingSourcesAreShownSideBySide() throws Exception {
        JsonNode claims = get("/api/records?kind=claim&limit=1000").get("items");
        assertThat(claims.size()).isGreaterThanOrEqualTo(2);
        String subject = claims.get(0).get("subject").asText();
        JsonNode conflicts = get("/api/records/" + subject + "/conflicts");
        assertThat(conflicts.size()).isGreaterThanOrEqualTo(1);
        assertThat(conflicts.get(0).get("claims").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void findsHerByFieldInCyrillic() throws Exception {
        JsonNode found = get("/api/records?kind=person&names.full=" + java.net.URLEncoder.encode("Джардемали Ботагоз", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.get("items").findValuesAsText("id")).contains("person-csgj5chf4d");
    }

    @Test
    void theKazakhExtraditionRequestCitesTheBreachesRecordedOnTheEarlierMlaRequest() throws Exception {
        JsonNode latest = get("/api/records/request-kz-be-extradition-2018-04-24/screenings").get(0).get("report");
        JsonNode record = StreamSupport.stream(latest.get("flags").spliterator(), false)
                .filter(r -> "TNR-15".equals(r.at("/flag/id").asText())).findFirst().orElseThrow();
        assertThat(record.get("status").asText()).isEqualTo("FIRED");
        List<JsonNode> breaches = StreamSupport.stream(record.at("/outcome/facts").spliterator(), false)
                .filter(f -> "request-kz-be-mla-2018-03-30".equals(f.get("record").asText())).toList();
        assertThat(breaches).extracting(f -> f.get("date").asText()).contains("2019-10-01", "2023-03-21");
        assertThat(breaches).extracting(f -> f.get("statement").asText())
                .anySatisfy(s -> assertThat(s).contains("no officials of the requesting state present"))
                .anySatisfy(s -> assertThat(s).contains("nothing sent while an appeal is pending"));
    }
}
