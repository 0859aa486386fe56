package org.tutela.app.web.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.DemoData;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.web.WebServer;
import org.tutela.storage.security.AuditQuery;

/**
 * The demo's public lookup over real HTTP: the demo loader puts the public list the seed documents report
 * her on, and the page finds the seed person under the surname the report typed, ДЖАРДЕМАЛИ, with the
 * listing's details and the reasons in plain words, in the reader's language; the name travels in the
 * body only and is written nowhere.
 */
class DemoLookupTest {
    static final String SURNAME = "ДЖАРДЕМАЛИ";
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        Settings demo = DemoData.withNewKeys(dir.resolve("demo"));
        DemoData.load(demo);
        tutela = Tutela.open(demo);
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

    static HttpResponse<String> post(String path, String language, String... form) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < form.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(form[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDemosPublicLookupFindsTheSeedPersonUnderHerCyrillicSurname() throws Exception {
        HttpResponse<String> page = post("/lookup", "en", "name", SURNAME);
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        int results = body.indexOf("id=\"results\"");
        assertThat(results).as("a result list").isPositive();
        String found = body.substring(results);
        // the listing's own details: the name as the list writes it, the list, its authority, the version's date
        assertThat(found).contains(SURNAME).contains("Wanted persons (Russian interior ministry database)")
                .contains("Ministry of Internal Affairs of the Russian Federation").contains("February").contains("2024");
        // why, in plain words; what it means and what to do next
        assertThat(body).contains("One entry of the public lists resembles the name you typed");
        assertThat(found).contains("is written the same way on the list").contains("What it means")
                .contains("Commission for the Control of INTERPOL").contains("lawyer");
        // none of the engine's vocabulary, no resource file
        assertThat(body).doesNotContain("ORDER_SWAPPED").doesNotContain("BGN").doesNotContain("EXACT").doesNotContain(".txt")
                .doesNotContain(".jsonl").doesNotContain("score");
        // nothing in the answer asks the browser to keep the question, and no session was made for it
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theSameAnswerInKazakhAndRussian() throws Exception {
        String kazakh = post("/lookup", "kk", "name", SURNAME).body();
        assertThat(kazakh).contains("lang=\"kk\"").contains("Өзіңізді тексеріңіз").contains("тізімде дәл солай жазылған")
                .contains("Енді не істеу керек").contains(SURNAME);
        String russian = post("/lookup", "ru", "name", SURNAME).body();
        assertThat(russian).contains("Проверьте себя").contains("в списке написано так же").contains("13 февраля 2024");
        assertThat(get("/lookup", "fr").body()).contains("Vous rechercher").contains("Chercher dans les listes publiques");
    }

    @Test
    void aQuestionInTheAddressIsNeverSearched() throws Exception {
        String encoded = URLEncoder.encode(SURNAME, StandardCharsets.UTF_8);
        assertThat(get("/lookup?name=" + encoded, "en").body()).doesNotContain("id=\"results\"").doesNotContain("id=\"no-results\"");
        assertThat(get("/lookup?q=" + encoded, "en").body()).doesNotContain("id=\"results\"");
        assertThat(post("/lookup?name=" + encoded, "en", "birthDate", "").body()).doesNotContain("id=\"results\"");
        // the form posts its question in the body, to a plain address
        String form = get("/lookup", "en").body();
        assertThat(form).contains("method=\"post\" action=\"/lookup\"").doesNotContain("name=\"_csrf\"");
    }

    @Test
    void theRegistryIsNeverSearchedAndTheQuestionIsNeverWritten() throws Exception {
        // a person of the seed case who is on no public list: nothing, and nothing of the registry
        String body = post("/lookup", "en", "name", "Iskander Yerimbetov").body();
        assertThat(body).doesNotContain("id=\"results\"").contains("No entry of the public lists matches");
        assertThat(body).doesNotContain("person-");
        assertThat(tutela.audit().search(AuditQuery.latest(AuditQuery.MAX_LIMIT)).stream().map(Object::toString))
                .noneMatch(e -> e.contains(SURNAME) || e.contains("Yerimbetov"));
    }

    @Test
    void aBirthDateThatIsNoneIsSaidInWords() throws Exception {
        String body = post("/lookup", "en", "name", SURNAME, "birthDate", "last spring").body();
        assertThat(body).contains("“last spring” is not a year or a date of birth").doesNotContain("id=\"results\"");
    }

    @Test
    void theApiTakesTheNameInTheBody() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/public/lookup"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + SURNAME + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode hits = new ObjectMapper().readTree(answer.body());
        assertThat(hits.findValuesAsText("type")).containsOnly("list");
        assertThat(hits.findValuesAsText("name")).contains(SURNAME);
        HttpResponse<String> inAddress = http.send(HttpRequest.newBuilder(URI.create(base + "/api/public/lookup?q="
                + URLEncoder.encode(SURNAME, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inAddress.statusCode()).isNotEqualTo(200);
    }
}
