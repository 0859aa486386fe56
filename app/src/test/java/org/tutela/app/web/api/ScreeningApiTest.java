package org.tutela.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Samples;
import org.tutela.json.RecordJson;

/** Screening through the API, and the alert a new fact raises on an open request. */
class ScreeningApiTest {
    @TempDir
    static Path dir;
    static ApiServer server;

    @BeforeAll
    static void start() {
        Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()));
        List<RegistryRecord> withoutFinding = Samples.all().stream()
                .filter(r -> !r.id().equals(Samples.brotherDetentionFinding().id()))
                .filter(r -> !(r instanceof org.tutela.core.registry.Claim)).toList();
        tutela.registry().saveAll(withoutFinding, Change.by("test", "fixtures"));
        tutela.awaitConsumers(); // the name index and standing screening follow the change feed
        tutela.compartments().assignUnassigned("test-case");
        server = ApiServer.start(tutela, TestUsers.create(tutela, "reviewer", Role.REVIEWER, "test-case"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        // a reviewer states the purpose of reading protected records
        return server.call(method, path, body, "X-Purpose", "screening test").raw();
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    static List<String> fired(JsonNode report) {
        return java.util.stream.StreamSupport.stream(report.get("flags").spliterator(), false)
                .filter(f -> "FIRED".equals(f.get("status").asText())).map(f -> f.at("/flag/id").asText()).toList();
    }

    @Test
    void aNewFindingOnTheCaseRaisesAnAlertWithTheDifference() throws Exception {
        JsonNode before = json(send("POST", "/api/records/" + Samples.REQUEST + "/screenings?asOf=2021-06-30", null));
        assertThat(fired(before)).doesNotContain("TNR-03");

        com.fasterxml.jackson.databind.node.ObjectNode tree = new RecordJson().toTreeWithKind(Samples.brotherDetentionFinding());
        tree.remove("id"); // the server names new records
        String findingId = json(send("POST", "/api/records", tree.toString())).at("/record/id").asText();
        assertThat(findingId).startsWith("decision-");
        server.awaitConsumers();

        JsonNode alerts = json(send("GET", "/api/alerts?open=true&request=" + Samples.REQUEST, null));
        assertThat(alerts).isNotEmpty();
        assertThat(alerts.get(0).at("/alert/difference/flagsAdded").toString()).contains("TNR-03");
        assertThat(alerts.get(0).at("/alert/cause").toString()).contains(findingId);

        long id = alerts.get(0).get("id").asLong();
        json(send("POST", "/api/alerts/" + id + "/acknowledgement", null));
        assertThat(json(send("GET", "/api/alerts?open=true&request=" + Samples.REQUEST, null))).isEmpty();
        assertThat(json(send("GET", "/api/records/" + Samples.REQUEST + "/screenings", null)).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anIntakeIsScreenedWithoutBeingStored() throws Exception {
        String intake = Files.readString(Path.of("..", "docs", "examples", "intake-with-facts.json"));
        JsonNode report = json(send("POST", "/api/screenings?asOf=2024-04-01", intake));
        assertThat(report.at("/assessment/band").asText()).isEqualTo("REFUSE");
        assertThat(fired(report)).contains("TNR-01");
        assertThat(send("GET", "/api/records/person-example-nazarov", null).statusCode()).isEqualTo(404);
    }

    /** Each message of a report comes with its key and arguments, as stored, and its text in the caller's language. */
    @Test
    void aReportsMessagesCarryTheirTextInTheCallersLanguage() throws Exception {
        String intake = Files.readString(Path.of("..", "docs", "examples", "intake-with-facts.json"));
        JsonNode fr = json(server.call("POST", "/api/screenings?asOf=2024-04-01", intake, "X-Purpose", "screening test",
                "Accept-Language", "fr").raw());
        JsonNode en = json(server.call("POST", "/api/screenings?asOf=2024-04-01", intake, "X-Purpose", "screening test",
                "Accept-Language", "en").raw());
        int reasons = 0;
        for (int i = 0; i < fr.get("flags").size(); i++) {
            JsonNode outcome = fr.get("flags").get(i).get("outcome");
            JsonNode english = en.get("flags").get(i).get("outcome");
            if (!"not-fired".equals(outcome.get("type").asText()) || outcome.get("wording").size() != 1) {
                continue;
            }
            JsonNode message = outcome.at("/wording/0");
            assertThat(message.get("key").asText()).startsWith("reason.");
            assertThat(message.get("args").isArray()).isTrue();
            assertThat(english.at("/wording/0/text").asText()).isEqualTo(english.get("reason").asText());
            assertThat(message.get("text").asText()).isNotBlank().isNotEqualTo(outcome.get("reason").asText())
                    .doesNotContainPattern("TNR-\\d|\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");
            reasons++;
        }
        assertThat(reasons).as("the example intake has flags that did not fire").isPositive();
        JsonNode fact = java.util.stream.StreamSupport.stream(fr.get("flags").spliterator(), false)
                .filter(f -> "FIRED".equals(f.get("status").asText())).findFirst().orElseThrow().at("/outcome/facts/0");
        assertThat(fact.at("/message/text").asText()).isNotBlank().isNotEqualTo(fact.get("statement").asText());
    }

    @Test
    void badIntakesAreRefusedWithTheReason() throws Exception {
        HttpResponse<String> empty = send("POST", "/api/screenings", "[]");
        assertThat(empty.statusCode()).isEqualTo(400);
        HttpResponse<String> future = send("POST", "/api/screenings", "{\"type\":\"MLA\",\"requestingState\":\"KZ\",\"requestedState\":\"BE\",\"date\":\"2999-01-01\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("date");
        HttpResponse<String> missing = send("POST", "/api/screenings",
                "{\"type\":\"MLA\",\"requestingState\":\"KZ\",\"requestedState\":\"BE\",\"persons\":[{\"asWritten\":\"X Y\",\"person\":\"person-nobody\"}]}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("person-nobody");
    }

    @Test
    void theReportPrintsAsHtml() throws Exception {
        HttpResponse<String> html = send("GET", "/api/records/" + Samples.REQUEST + "/screening.html?asOf=2021-06-30", null);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("Assessment").contains("TNR-").contains("/css/report.css").doesNotContain("<style>");
    }

    @Test
    void theNameSearchAndThePublicLookupAnswer() throws Exception {
        JsonNode hits = json(send("GET", "/api/search?q=" + java.net.URLEncoder.encode("Каваленка", java.nio.charset.StandardCharsets.UTF_8), null));
        assertThat(hits.get(0).get("id").asText()).isEqualTo(Samples.TARGET.value());
        JsonNode lookup = json(send("POST", "/api/public/lookup", "{\"name\":\"Kavalenka\"}"));
        assertThat(lookup).isEmpty();
        assertThat(send("GET", "/api/search?q=", null).statusCode()).isEqualTo(400);
    }
}
