package org.tutela.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.web.WebServer;

/**
 * The API's description is readable without logging in while the API stays closed, and describes every
 * operation: a summary, the ways in, the errors. The document is written to {@code target/openapi.json},
 * where {@code .ci/run} lints it with Redocly's CLI.
 */
class ApiDescriptionTest {
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir.resolve("data"), Optional.empty()));
        server = WebServer.start(tutela, 0);
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDescriptionIsPublicAndTheApiIsNot() throws Exception {
        HttpResponse<String> doc = get("/api/openapi");
        assertThat(doc.statusCode()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), doc.body());
        HttpResponse<String> docs = get("/api/docs");
        for (int hops = 0; docs.statusCode() == 302 && hops < 3; hops++) {
            String location = docs.headers().firstValue("Location").orElseThrow();
            docs = get(location.startsWith("http") ? URI.create(location).getPath() : location);
        }
        assertThat(docs.statusCode()).as("the documentation page, without logging in").isEqualTo(200);
        assertThat(docs.body()).containsIgnoringCase("swagger");
        assertThat(get("/api/records?kind=person").statusCode()).isEqualTo(401);
    }

    @Test
    void everyOperationHasASummaryItsWaysInAndItsErrors() throws Exception {
        JsonNode api = new ObjectMapper().readTree(get("/api/openapi").body());
        assertThat(api.at("/info/title").asText()).isEqualTo("Tutela API");
        assertThat(api.at("/info/version").asText()).isNotBlank();
        assertThat(api.at("/info/license/name").asText()).isNotBlank();
        assertThat(api.at("/info/contact/name").asText()).isNotBlank();
        assertThat(api.at("/components/securitySchemes").fieldNames()).toIterable()
                .contains("bearerAuth", "basicAuth", "sessionCookie", "csrfToken");
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                String what = op.getKey().toUpperCase() + " " + path.getKey();
                if (op.getValue().path("summary").asText().isBlank()) {
                    wrong.add(what + ": no summary");
                }
                boolean any4xx = false;
                for (Iterator<String> codes = op.getValue().path("responses").fieldNames(); codes.hasNext(); ) {
                    any4xx |= codes.next().startsWith("4");
                }
                if (!any4xx) {
                    wrong.add(what + ": no 4xx response");
                }
                JsonNode security = op.getValue().path("security");
                if (!security.isArray()) {
                    wrong.add(what + ": no security");
                } else if (path.getKey().startsWith("/api/public/") != (security.size() == 1 && security.get(0).isEmpty())) {
                    wrong.add(what + ": public routes take no credentials, every other route takes them");
                }
                boolean changes = !op.getKey().equals("get");
                // the federation's operations take no account and no session: another installation signs each call
                boolean partner = path.getKey().startsWith("/api/federation/");
                if (partner && !security.toString().equals("[{\"partnerSignature\":[]}]")) {
                    wrong.add(what + ": a partner's signature is its only way in");
                }
                if (!path.getKey().startsWith("/api/public/") && !partner && changes && !security.toString().contains("csrfToken")) {
                    wrong.add(what + ": a browser's session needs the CSRF token here");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(operations).isGreaterThan(20);
        assertThat(api.at("/paths/~1api~1public~1lookup/post/requestBody/content/application~1json/schema")).isNotEmpty();
    }
}
