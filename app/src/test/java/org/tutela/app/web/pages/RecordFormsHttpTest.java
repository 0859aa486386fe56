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
import org.tutela.core.registry.Claim;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Samples;

/**
 * The forms of every kind of record and their pickers over plain HTTP, on the invented case of {@link Samples}:
 * pickers offer only what the caller may see; records created on an incident's form are saved with it or not at
 * all; each problem is named beside its field; the new kinds are created and edited as revisions.
 */
class RecordFormsHttpTest {
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static String documenter;
    static String outsider;
    static String analyst;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir.resolve("data"), Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "invented case"));
        tutela.awaitConsumers();
        tutela.compartments().assignUnassigned("sample-case");
        documenter = TestUsers.create(tutela, "forms-documenter", Role.DOCUMENTER, "sample-case");
        outsider = TestUsers.create(tutela, "forms-outsider", Role.DOCUMENTER, "elsewhere");
        analyst = TestUsers.create(tutela, "forms-analyst", Role.ANALYST, "sample-case");
        server = WebServer.start(tutela, 0);
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    static HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,application/json")
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, Map<String, List<String>> form, String authorization) throws Exception {
        String body = form.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return out;
    }

    static long records() {
        return tutela.registry().count(Optional.empty());
    }

    static RecordId savedId(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return RecordId.of(answer.headers().firstValue("Location").orElseThrow().replaceAll(".*/(?:records|persons)/([^?/]+).*", "$1"));
    }

    static List<String> picks(String query, String authorization) throws Exception {
        HttpResponse<String> answer = get("/api/records/pick?" + query, authorization);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(answer.body());
        return StreamSupport.stream(json.spliterator(), false).map(n -> n.get("id").asText() + " " + n.get("label").asText()).toList();
    }

    @Test
    void everyKindHasAFormAndNoFormListsEveryRecord() throws Exception {
        for (String path : List.of("/record/person", "/record/organisation", "/record/protection-status", "/record/relationship",
                "/record/proceeding", "/requests/new", "/record/decision", "/record/incident", "/record/source", "/record/claim",
                "/records/" + Samples.TARGET.value() + "/edit", "/records/" + Samples.CASE.value() + "/edit",
                "/records/" + Samples.PROSECUTOR.value() + "/edit")) {
            HttpResponse<String> page = get(path, documenter);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            // records are chosen by searching, never from a list of every record
            assertThat(page.body()).as(path).contains("<form class=\"record-form\"")
                    .doesNotContain("<option value=\"" + Samples.BROTHER.value() + "\"");
        }
        assertThat(get("/records/" + Samples.TARGET.value() + "/edit", documenter).body()).contains("Надзея Каваленка");
        assertThat(get("/record/no-such-kind", documenter).statusCode()).isEqualTo(404);
    }

    @Test
    void thePickerOffersWhatTheCallerMaySeeAndNothingElse() throws Exception {
        assertThat(picks("kind=person&q=kavalenka", documenter)).containsExactlyInAnyOrder(
                Samples.TARGET.value() + " Nadzeya Kavalenka", Samples.BROTHER.value() + " Alieh Kavalenka");
        assertThat(picks("kind=person%20organisation&q=Prosecutor", documenter)).singleElement().asString()
                .startsWith(Samples.PROSECUTOR.value());
        assertThat(picks("kind=organisation&q=kavalenka", documenter)).isEmpty();
        assertThat(picks("kind=person&q=", documenter)).isEmpty();
        // a documenter of another compartment is offered nothing of this case, and the analyst only reads
        assertThat(picks("kind=person&q=kavalenka", outsider)).isEmpty();
        assertThat(picks("kind=person&q=kavalenka", analyst)).hasSize(2);
        assertThat(get("/api/records/pick?kind=dragon&q=x", documenter).statusCode()).isEqualTo(400);
    }

    @Test
    void anIncidentWithItsNewVictimPerpetratorAndSourceIsSavedWholeOrNotAtAll() throws Exception {
        long before = records();
        Map<String, List<String>> incident = form("tactic", "ONLINE_THREATS", "perpetratorState", "BY",
                "targets", Samples.TARGET.value(),
                "newVictimName", "Invented Second Exile", "newVictimNativeName", "Выдуманная Эмигрантка", "newVictimNationality", "BY",
                "newPerpetratorKind", "PERSON", "newPerpetratorName", "Invented Troll", "newPerpetratorState", "BY",
                "newSourceTitle", "Invented screenshots of the threats", "newSourceType", "TESTIMONY",
                "newSourceUrl", "not an address");
        // no summary, and the new source's address is not one: nothing is saved, each problem beside its field
        HttpResponse<String> refused = post("/record/incident", incident, documenter);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"e-summary\"").contains("id=\"e-newSourceUrl\"")
                .contains("value=\"Invented Troll\"").contains("value=\"Выдуманная Эмигрантка\"");
        assertThat(records()).isEqualTo(before);

        incident.put("summary", List.of("Threats by messages to two exiles"));
        incident.put("newSourceUrl", List.of("https://example.org/screenshots"));
        RecordId id = savedId(post("/record/incident", incident, documenter));
        assertThat(records()).isEqualTo(before + 4);
        Incident saved = tutela.registry().get(id, Incident.class).orElseThrow();
        assertThat(saved.targets()).hasSize(2).first().isEqualTo(Samples.TARGET);
        assertThat(tutela.registry().get(saved.targets().get(1)).orElseThrow().label()).isEqualTo("Invented Second Exile");
        assertThat(tutela.registry().get(saved.perpetrators().get(0).actor()).orElseThrow().label()).isEqualTo("Invented Troll");
        RecordId source = saved.provenance().citations().get(0).source();
        assertThat(tutela.registry().get(source).orElseThrow().label()).isEqualTo("Invented screenshots of the threats");
        // the new records are in the documenter's compartment: the outsider does not see them
        assertThat(picks("kind=person&q=Invented", outsider)).isEmpty();
        assertThat(picks("kind=person&q=Invented", documenter)).hasSize(2);

        // an edit cannot create records on the way (its stale check covers the one record)
        Map<String, List<String>> edit = form("tactic", "ONLINE_THREATS", "perpetratorState", "BY", "summary", "edited",
                "revision", "1", "newVictimName", "Someone Else");
        HttpResponse<String> refusedEdit = post("/records/" + id.value() + "/edit", edit, documenter);
        assertThat(refusedEdit.statusCode()).isEqualTo(422);
        assertThat(refusedEdit.body()).contains("can be created only with a new record");
        assertThat(records()).isEqualTo(before + 4);
    }

    @Test
    void anExistingSourceAndANewOneAreNotBothCited() throws Exception {
        long before = records();
        HttpResponse<String> answer = post("/record/incident", form("tactic", "ONLINE_THREATS", "perpetratorState", "BY", "summary", "x",
                "source", Samples.SOURCE.value(), "newSourceTitle", "Another invented source"), documenter);
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"e-newSourceTitle\"").contains("keep one of them");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void organisationsProceedingsAndClaimsAreCreatedAndEdited() throws Exception {
        RecordId org = savedId(post("/record/organisation", form("name", "Invented Investigative Committee", "type", "POLICE",
                "country", "BY", "controllingState", "BY", "aliases", "IIC\nВыдуманный комитет"), documenter));
        Organisation o = tutela.registry().get(org, Organisation.class).orElseThrow();
        assertThat(o.aliases()).containsExactly("IIC", "Выдуманный комитет");
        assertThat(o.controllingState()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("BY"));

        Map<String, List<String>> proceeding = form("state", "BY", "caseNumber", "INV-2024-1", "type", "CRIMINAL", "status", "OPEN",
                "authority", org.value(), "accused", Samples.TARGET.value(), "accused", Samples.BROTHER.value(),
                "charge1Description", "Extremism (Art. 361-1)", "charge1Category", "EXTREMISM", "charge1From", "2020-08-09",
                "charge2Description", "", "source", Samples.SOURCE.value());
        RecordId p = savedId(post("/record/proceeding", proceeding, documenter));
        Proceeding saved = tutela.registry().get(p, Proceeding.class).orElseThrow();
        assertThat(saved.accused()).containsExactly(Samples.TARGET, Samples.BROTHER);
        assertThat(saved.charges()).singleElement().satisfies(c -> assertThat(c.category().name()).isEqualTo("EXTREMISM"));

        proceeding.put("status", List.of("DISMISSED"));
        proceeding.put("revision", List.of("1"));
        proceeding.put("charge1To", List.of("2020-01-01"));
        HttpResponse<String> wrong = post("/records/" + p.value() + "/edit", proceeding, documenter);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"e-charge1To\"").contains("before it starts");
        proceeding.remove("charge1To");
        savedId(post("/records/" + p.value() + "/edit", proceeding, documenter));
        assertThat(tutela.registry().history(p)).hasSize(2);
        assertThat(tutela.registry().get(p, Proceeding.class).orElseThrow().status()).isEqualTo(Proceeding.Status.DISMISSED);

        HttpResponse<String> noSource = post("/record/claim", form("subject", p.value(), "property", "opened", "value", "2020-08-10"),
                documenter);
        assertThat(noSource.statusCode()).isEqualTo(422);
        assertThat(noSource.body()).contains("id=\"e-source\"");
        RecordId claim = savedId(post("/record/claim", form("subject", p.value(), "property", "opened", "value", "2020-08-10",
                "source", Samples.SOURCE_2.value(), "passage", "opened the day after the election"), documenter));
        assertThat(tutela.registry().get(claim, Claim.class).orElseThrow().subject()).isEqualTo(p);

        // a picker's field given something that is not a record says so beside the field
        HttpResponse<String> typed = post("/record/relationship", form("type", "FAMILY", "from", "Kavalenka", "to", Samples.BROTHER.value()),
                documenter);
        assertThat(typed.statusCode()).isEqualTo(422);
        assertThat(typed.body()).contains("id=\"e-from\"").contains("choose one of the suggestions");
    }

    /**
     * What a record refuses is said beside its field in the page's language, and the choices of a select read
     * in that language too, never as the registry's codes.
     */
    @Test
    void aFormsProblemAndItsChoicesReadInFrench() throws Exception {
        Map<String, List<String>> status = form("person", Samples.TARGET.value(), "type", "REFUGEE", "grantingState", "LT",
                "granted", "2021-01-10", "source", Samples.SOURCE.value());
        HttpResponse<String> fr = post("/record/protection-status?lang=fr", status, documenter);
        assertThat(fr.statusCode()).as(fr.body()).isEqualTo(422);
        String field = fr.body().substring(fr.body().indexOf("id=\"field-persecutingState\""));
        field = field.substring(0, field.indexOf("</div>"));
        assertThat(field).contains("Face à (État de persécution redoutée)").contains("id=\"e-persecutingState\"")
                .contains("est obligatoire pour un statut de réfugié").doesNotContain("is required");
        HttpResponse<String> en = post("/record/protection-status?lang=en", status, documenter);
        assertThat(en.body()).contains("is required for a refugee, asylum-seeker or subsidiary protection status");
        String page = get("/record/protection-status?lang=fr", documenter).body();
        assertThat(page).contains(">réfugié</option>").doesNotContain(">refugee</option>").doesNotContain(">REFUGEE</option>");
    }
}
