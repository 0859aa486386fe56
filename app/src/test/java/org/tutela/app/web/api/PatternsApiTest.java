package org.tutela.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.DemoData;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.DemoUsers;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.web.WebServer;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Proceeding;

/** /api/patterns on the demo: the seed case's findings for its documenter, nothing for an outsider, and what moves with a compartment. */
class PatternsApiTest {
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static String insider;
    static String outsider;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Settings demo = new Settings(dir.resolve("demo"), Optional.empty());
        DemoData.load(demo);
        tutela = Tutela.open(demo);
        List<DemoUsers.DemoUser> users = DemoUsers.create(tutela);
        insider = users.stream().filter(u -> u.role() == Role.DOCUMENTER && u.compartment().equals(DemoUsers.SEED_COMPARTMENT))
                .map(u -> TestUsers.basic(u.name(), u.password())).findFirst().orElseThrow();
        outsider = users.stream().filter(u -> u.compartment().equals(DemoUsers.OTHER_COMPARTMENT))
                .map(u -> TestUsers.basic(u.name(), u.password())).findFirst().orElseThrow();
        server = WebServer.start(tutela, 0);
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (tutela != null) {
            tutela.close();
        }
    }

    static HttpResponse<String> call(String path, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode get(String path, String authorization) throws Exception {
        HttpResponse<String> answer = call(path, authorization);
        assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body());
    }

    static String caseId() {
        return tutela.registry().all(Proceeding.class).stream().filter(p -> p.caseNumber().equals("170000131000012"))
                .findFirst().orElseThrow().id().value();
    }

    static JsonNode caseAcrossStates(String authorization) throws Exception {
        JsonNode findings = get("/api/patterns?detector=case-across-states", authorization);
        return StreamSupport.stream(findings.spliterator(), false).filter(f -> f.at("/anchor/id").asText().equals(caseId()))
                .findFirst().orElse(null);
    }

    @Test
    void theDocumenterSeesTheCaseAcrossStatesWithItsSources() throws Exception {
        JsonNode finding = caseAcrossStates(insider);
        assertThat(finding).isNotNull();
        assertThat(StreamSupport.stream(finding.get("states").spliterator(), false).map(JsonNode::asText)).containsExactly("BE", "LI");
        assertThat(finding.get("evidence").findValuesAsText("id")).contains("request-kz-be-mla-2018-03-30");
        assertThat(finding.get("evidence")).allSatisfy(e -> assertThat(e.get("sources")).isNotEmpty());
    }

    @Test
    void anOutsiderSeesNoFindingOfTheSeedCase() throws Exception {
        assertThat(get("/api/patterns", outsider)).isEmpty();
        assertThat(get("/api/patterns?about=request-kz-be-mla-2018-03-30", outsider)).isEmpty();
    }

    @Test
    void aRequestMovedOutOfTheCompartmentLeavesTheFinding() throws Exception {
        String liechtenstein = tutela.registry().all(CooperationRequest.class).stream()
                .filter(r -> r.requestedState().equals(Country.of("LI"))).findFirst().orElseThrow().id().value();
        tutela.compartments().assign(List.of(liechtenstein), DemoUsers.OTHER_COMPARTMENT);
        try {
            assertThat(caseAcrossStates(insider)).as("with only Belgium left, the case is no longer across states").isNull();
        } finally {
            tutela.compartments().assign(List.of(liechtenstein), DemoUsers.SEED_COMPARTMENT);
        }
        assertThat(caseAcrossStates(insider)).isNotNull();
    }

    @Test
    void findingsAboutOneRequestAndAnUnknownDetector() throws Exception {
        JsonNode about = get("/api/patterns?about=request-kz-be-mla-2018-03-30", insider);
        assertThat(about.findValuesAsText("detector")).contains("case-across-states", "pressure-campaign");
        HttpResponse<String> bad = call("/api/patterns?detector=no-such", insider);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("detector").contains("no-such");
        assertThat(get("/api/patterns/detectors", insider).findValuesAsText("id")).hasSize(10);
    }

    @Test
    void theDossierButtonServesThePdfOfWhatTheCallerMaySee() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of("/usr/bin/pdftotext"))
                && new org.tutela.app.dossier.PdfDossier().fontsPresent(), "poppler-utils or fonts-dejavu-core absent: dossier not checked");
        String path = "/requests/request-kz-be-mla-2018-03-30/dossier?audience=court&lang=en";
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", insider).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        Path file = dir.resolve("button.pdf");
        java.nio.file.Files.write(file, pdf.body());
        Process text = new ProcessBuilder("pdftotext", file.toString(), "-").start();
        String words = new String(text.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(words).contains("170000131000012").contains("TNR-01").contains("Exhibit 1");
        assertThat(call(path, outsider).statusCode()).as("outside the compartment, as if it never existed").isEqualTo(404);
        assertThat(call("/requests/request-kz-be-mla-2018-03-30/dossier?audience=jury", insider).statusCode()).isEqualTo(400);
    }
}
