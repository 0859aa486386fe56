package org.tutela.app.web.pages;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.web.WebServer;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Samples;

/**
 * The pages over plain HTTP, on the invented case of {@link Samples}: what every machine can check without
 * a browser. Forms answer 422 with the message beside the field and save nothing; user text is escaped.
 */
class PagesHttpTest {
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static String documenter;
    static String analyst;
    static String outsider;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir.resolve("data"), Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "invented case"));
        tutela.awaitConsumers(); // the name index and standing screening follow the change feed
        tutela.compartments().assignUnassigned("sample-case");
        documenter = TestUsers.create(tutela, "pages-documenter", Role.DOCUMENTER, "sample-case");
        analyst = TestUsers.create(tutela, "pages-analyst", Role.ANALYST, "sample-case");
        outsider = TestUsers.create(tutela, "pages-outsider", Role.DOCUMENTER, "elsewhere");
        server = WebServer.start(tutela, 0);
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return get(path, documenter);
    }

    static HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("Authorization", documenter).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static long records() {
        return tutela.registry().count(Optional.empty());
    }

    @Test
    void everyKindOfPageAnswers() throws Exception {
        for (String path : List.of("/", "/search", "/lookup", "/statistics", "/requests/new", "/record/incident", "/record/source",
                "/record/relationship", "/record/decision", "/record/protection-status", "/record/person", "/record/organisation",
                "/record/proceeding", "/record/claim")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<h1").doesNotContain("style=\"").doesNotContain("onclick");
        }
        for (var record : Samples.all()) {
            HttpResponse<String> page = get(Labels.href(record.id(), record.kind()));
            assertThat(page.statusCode()).as(record.id().value()).isEqualTo(200);
            assertThat(get("/graph/" + record.id().value()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBadSubmissionAnswers422WithTheMessageBesideTheFieldAndSavesNothing() throws Exception {
        long before = records();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("tactic", "ASSAULT");
        form.put("summary", "<script>alert(1)</script>\"><img src=x onerror=alert(2)>");
        form.put("perpetratorState", "ЯЯ");
        form.put("date", "2020-02-02");
        form.put("endDate", "2020-01-01");
        HttpResponse<String> answer = post("/record/incident", form);
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"e-perpetratorState\"").contains("Latin letters")
                .contains("id=\"e-endDate\"").contains("before it starts")
                .doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void aValidSubmissionIsSavedOnceAndEditsAreRevisions() throws Exception {
        long before = records();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("tactic", "ONLINE_THREATS");
        form.put("summary", "Threats by a messaging service, in Arabic: تهديدات");
        form.put("perpetratorState", "Kazakhstan");
        HttpResponse<String> saved = post("/record/incident", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/records/incident-").endsWith("?saved=1");
        assertThat(records()).isEqualTo(before + 1);
        String id = location.replaceAll(".*/records/([^?]+).*", "$1");
        Incident incident = tutela.registry().get(org.tutela.core.registry.RecordId.of(id), Incident.class).orElseThrow();
        assertThat(incident.perpetratorState().code()).isEqualTo("KZ");

        form.put("summary", "Threats by a messaging service, revised");
        form.put("revision", "1");
        form.put("reason", "wording");
        assertThat(post("/records/" + id + "/edit", form).statusCode()).isEqualTo(302);
        assertThat(tutela.registry().history(incident.id())).hasSize(2);
        // an edit opened on revision 1 after someone saved revision 2 is refused, nothing saved
        form.put("summary", "a stale edit");
        HttpResponse<String> stale = post("/records/" + id + "/edit", form);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else revised this record");
        assertThat(tutela.registry().history(incident.id())).hasSize(2);
        assertThat(get("/records/" + id).body()).contains("wording").contains("dir=\"auto\"");
    }

    @Test
    void aRequestStaysOpenUntilADecisionClosesIt() throws Exception {
        assertThat(get("/").body()).contains("/records/" + Samples.REQUEST.value());
        tutela.registry().save(decision("decision-test-admitted", org.tutela.core.registry.Decision.Outcome.ADMITTED),
                Change.by("test", "admitted"));
        assertThat(DashboardPage.openRequests(tutela.registry(), Map.of())).extracting(o -> o.request().id()).contains(Samples.REQUEST);
        tutela.registry().save(decision("decision-test-refused", org.tutela.core.registry.Decision.Outcome.REFUSED),
                Change.by("test", "refused"));
        tutela.compartments().assignUnassigned("sample-case");
        assertThat(DashboardPage.openRequests(tutela.registry(), Map.of())).extracting(o -> o.request().id()).doesNotContain(Samples.REQUEST);
        assertThat(get("/").body()).doesNotContain("href=\"/records/" + Samples.REQUEST.value() + "\"");
    }

    static org.tutela.core.registry.Decision decision(String id, org.tutela.core.registry.Decision.Outcome outcome) {
        return new org.tutela.core.registry.Decision(org.tutela.core.registry.RecordId.of(id), Samples.REQUEST, Optional.empty(),
                Optional.of(Samples.HOST), Optional.of(org.tutela.core.registry.ApproximateDate.on(2021, 1, 1)), outcome, java.util.Set.of(), Optional.empty(),
                List.of(), org.tutela.core.registry.Provenance.of(Samples.SOURCE));
    }

    @Test
    void theGraphJsonJoinsEveryDrawnLinkToDrawnRecords() throws Exception {
        var person = Samples.all().stream().filter(r -> r.kind() == org.tutela.core.registry.RecordKind.PERSON).findFirst().orElseThrow();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/graph/" + person.id().value() + ".json"))
                .header("Authorization", documenter).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode graph = new ObjectMapper().readTree(answer.body());
        List<String> ids = StreamSupport.stream(graph.get("nodes").spliterator(), false).map(n -> n.get("id").asText()).toList();
        assertThat(ids).contains(person.id().value());
        graph.get("edges").forEach(e -> assertThat(ids).contains(e.get("from").asText(), e.get("to").asText()));
    }

    @Test
    void anEditKeepsWhatTheFormDoesNotShow() throws Exception {
        Incident before = Samples.brotherDetained();
        Map<String, List<String>> form = new LinkedHashMap<>(new IncidentRecording().values(before));
        form.put("outcome", List.of("released after two years"));
        form.put("revision", List.of(String.valueOf(tutela.registry().history(before.id()).size())));
        String body = form.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))).collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/records/" + before.id().value() + "/edit"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", documenter)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        Incident after = tutela.registry().get(before.id(), Incident.class).orElseThrow();
        assertThat(after.outcome()).contains("released after two years");
        assertThat(after.provenance()).isEqualTo(before.provenance());
        assertThat(after.interventions()).isEqualTo(before.interventions());
        assertThat(after.perpetrators()).isEqualTo(before.perpetrators());
        assertThat(get("/records/" + before.id().value()).body()).contains("outcome");
    }

    @Test
    void aReaderIsOfferedNoFormAndIsRefusedOne() throws Exception {
        HttpResponse<String> record = get("/records/" + Samples.REQUEST.value(), analyst);
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).doesNotContain("/edit\"").doesNotContain("href=\"/requests/new\"");
        HttpResponse<String> form = get("/record/incident", analyst);
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("Not allowed").doesNotContain("Whitelabel");
        assertThat(get("/records/" + Samples.REQUEST.value() + "/edit", analyst).statusCode()).isEqualTo(403);
    }

    @Test
    void nothingOutsideTheCallersCompartmentsIsShownOrFound() throws Exception {
        assertThat(get(Labels.href(Samples.TARGET, org.tutela.core.registry.RecordKind.PERSON), outsider).statusCode()).isEqualTo(404);
        assertThat(get("/graph/" + Samples.CASE.value(), outsider).statusCode()).isEqualTo(404);
        String name = Samples.target().primaryName().full();
        HttpResponse<String> search = get("/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), outsider);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).doesNotContain(Samples.TARGET.value()).contains("Nothing found");
        assertThat(get("/", outsider).body()).doesNotContain(Samples.REQUEST.value());
        // and the page asks for a login without credentials
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void missingThingsArePagesNotStackTraces() throws Exception {
        for (String path : List.of("/records/no-such-record", "/persons/no-such-person", "/graph/no-such-record", "/record/no-such-kind")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Not found").doesNotContain("Whitelabel").doesNotContain("Exception");
        }
        assertThat(get("/records/bad%20id").statusCode()).isEqualTo(400);
        // an address no route serves is not found, as a page too
        HttpResponse<String> nowhere = get("/nowhere");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("Not found").doesNotContain("Whitelabel");
    }
}
