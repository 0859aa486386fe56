package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.screening.ReportRedaction;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.web.WebServer;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Samples;
import org.tutela.json.RecordJson;
import org.tutela.storage.security.AuditQuery;

/**
 * What the server derives from the registry (screenings, alerts, hit lists) is computed as its owner may
 * see and shown as its viewer may see; creating a record tells nothing of other compartments' ids; a
 * refused CSRF token is called that; a GET stores nothing. Over real HTTP, on the embedded database.
 */
class DerivedViewsTest {
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static final RecordId NAMESAKE = RecordId.of("person-b-namesake");

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        tutela.compartments().assignUnassigned("case-a");
        // compartment b's own person, whose name matches a search for the sample target less well than the target's
        tutela.registry().save(new Person(NAMESAKE, List.of(PersonName.of("Nadzeya", "Kavalenko", PersonName.Kind.PRIMARY)), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none()), Change.by("test", "b's file"));
        tutela.compartments().assign(List.of(NAMESAKE.value()), "case-b");
        TestUsers.create(tutela, "a-documenter", Role.DOCUMENTER, "case-a");
        TestUsers.create(tutela, "b-documenter", Role.DOCUMENTER, "case-b");
        server = WebServer.start(tutela, 0, "--tutela.rate.logins-per-minute=1000");
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    static Browser.Page as(String user, String method, String path, String json) throws Exception {
        return new Browser(base).request(method, path, json, "Authorization", TestUsers.basic(user, TestUsers.PASSWORD));
    }

    static JsonNode json(Browser.Page page) throws Exception {
        return RecordJson.mapper().readTree(page.body());
    }

    static String request(String nameAsWritten) {
        return "{\"kind\":\"cooperation-request\",\"type\":\"MLA\",\"requestingState\":\"BY\",\"requestedState\":\"LT\",\"date\":\"2021-03-01\","
                + "\"persons\":[{\"asWritten\":\"" + nameAsWritten + "\",\"role\":\"TARGET\"}],"
                + "\"offences\":[{\"description\":\"extremism\",\"category\":\"EXTREMISM\"}]}";
    }

    @Test
    void aRequestIsScreenedAsItsOwnerSeesWhoeverRegistersIt() throws Exception {
        Browser.Page created = as("b-documenter", "POST", "/api/records", request("КАВАЛЕНКА Надзея"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = json(created).get("record").get("id").asText();
        // the standing screening ran on the commit; a screening on demand too
        assertThat(as("b-documenter", "POST", "/api/records/" + id + "/screenings", null).status()).isEqualTo(200);
        for (String path : List.of("/api/records/" + id + "/screenings", "/api/records/" + id + "/screening.html", "/api/alerts")) {
            assertThat(as("b-documenter", "GET", path, null).body()).as(path)
                    .doesNotContain(Samples.TARGET.value()).doesNotContain("Kavalenka");
        }
        assertThat(as("b-documenter", "GET", "/api/records/" + id + "/screenings", null).body()).as("its own namesake is a candidate")
                .contains(NAMESAKE.value());
        // the same request registered in compartment a finds a's person: it is the compartments that keep her out
        String inA = json(as("a-documenter", "POST", "/api/records", request("КАВАЛЕНКА Надзея"))).get("record").get("id").asText();
        assertThat(as("a-documenter", "GET", "/api/records/" + inA + "/screenings", null).body()).contains(Samples.TARGET.value())
                .doesNotContain(NAMESAKE.value());
    }

    @Test
    void aStoredReportIsShownAsItsViewerMaySee() throws Exception {
        String path = "/api/records/" + Samples.REQUEST.value() + "/screenings";
        assertThat(as("a-documenter", "POST", path + "?asOf=2021-06-01", null).status()).isEqualTo(200);
        String before = as("a-documenter", "GET", path, null).body();
        RecordId finding = RecordId.of("decision-sample-finding");
        assertThat(before).as("the report cites the finding").contains(finding.value());
        // the finding moves to another organisation's file after the report was stored
        tutela.compartments().assign(List.of(finding.value()), "case-c");
        try {
            for (String p : List.of(path, "/api/records/" + Samples.REQUEST.value() + "/screening.html", "/api/alerts")) {
                assertThat(as("a-documenter", "GET", p, null).body()).as(p).doesNotContain(finding.value());
            }
            assertThat(as("a-documenter", "GET", path, null).body()).as("the flag it alone fired is withheld")
                    .contains(ReportRedaction.withheld().substring(0, 40));
        } finally {
            tutela.compartments().assign(List.of(finding.value()), "case-a");
        }
    }

    @Test
    void creatingARecordTellsNothingOfIdsInOtherCompartments() throws Exception {
        String taken = "{\"kind\":\"person\",\"id\":\"" + Samples.TARGET.value() + "\",\"names\":[{\"full\":\"X Y\",\"kind\":\"PRIMARY\"}]}";
        String free = taken.replace(Samples.TARGET.value(), "person-never-was");
        Browser.Page onTaken = as("b-documenter", "POST", "/api/records", taken);
        Browser.Page onFree = as("b-documenter", "POST", "/api/records", free);
        assertThat(onTaken.status()).isEqualTo(400);
        assertThat(onTaken.body()).contains("new records get their id from the server").doesNotContain("exists");
        assertThat(AuthorizationMatrixTest.normal(onTaken.body(), Samples.TARGET.value()))
                .isEqualTo(AuthorizationMatrixTest.normal(onFree.body(), "person-never-was"));
        Browser.Page created = as("b-documenter", "POST", "/api/records", "{\"kind\":\"person\",\"names\":[{\"full\":\"Aliaksandra Sidarenka\",\"kind\":\"PRIMARY\"}]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(json(created).get("record").get("id").asText()).matches("person-[0-9a-f-]{36}").doesNotContainIgnoringCase("sidarenka");
        // revising a record of another compartment answers as for one that never existed
        Browser.Page put = as("b-documenter", "PUT", "/api/records/" + Samples.TARGET.value(), taken);
        Browser.Page putNever = as("b-documenter", "PUT", "/api/records/person-never-was", free);
        assertThat(put.status()).isEqualTo(putNever.status()).isEqualTo(404);
        assertThat(AuthorizationMatrixTest.normal(put.body(), Samples.TARGET.value()))
                .isEqualTo(AuthorizationMatrixTest.normal(putNever.body(), "person-never-was"));
    }

    @Test
    void aHiddenHitNeverTakesTheOnlySlot() throws Exception {
        // as compartment a sees it, a's person ranks above b's namesake
        JsonNode seenByA = json(as("a-documenter", "GET", "/api/search?q=Nadzeya+Kavalenka&limit=2", null));
        assertThat(seenByA.get(0).get("id").asText()).isEqualTo(Samples.TARGET.value());
        for (String limit : List.of("&limit=1", "&limit=5", "")) {
            JsonNode hits = json(as("b-documenter", "GET", "/api/search?q=Nadzeya+Kavalenka" + limit, null));
            assertThat(hits).as(limit).hasSize(1);
            assertThat(hits.get(0).get("id").asText()).isEqualTo(NAMESAKE.value());
        }
        JsonNode records = json(as("b-documenter", "GET", "/api/records?kind=person&limit=1", null));
        assertThat(records.get("items")).hasSize(1);
        assertThat(records.get("items").get(0).get("id").asText()).doesNotStartWith("person-sample");
    }

    @Test
    void aMissingCsrfTokenIsCalledThatInTheAnswerAndTheLog() throws Exception {
        Browser b = new Browser(base);
        b.login("a-documenter", TestUsers.PASSWORD, "");
        Browser.Page page = b.post("/security/logout-everywhere", Map.of());
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("CSRF").doesNotContain("role");
        Browser.Page api = b.postJson("/api/records", "{\"kind\":\"person\",\"names\":[{\"full\":\"Forged Entry\",\"kind\":\"PRIMARY\"}]}");
        assertThat(api.status()).isEqualTo(403);
        assertThat(json(api).get("message").asText()).contains("CSRF").doesNotContain("role");
        var refusals = tutela.audit().search(new AuditQuery(Optional.of("a-documenter"), Optional.of(AuditTrail.ACCESS), Optional.empty(),
                Optional.of(AuditTrail.DENIED), Optional.empty(), Optional.empty(), 100));
        assertThat(refusals).anySatisfy(e -> assertThat(e.detail()).contains("CSRF"));
        assertThat(refusals).noneSatisfy(e -> assertThat(e.detail()).contains("role not allowed"));
    }

    @Test
    void aGetStoresNoScreening() throws Exception {
        Browser.Page created = as("a-documenter", "POST", "/api/records", request("Someone Unknown"));
        RecordId id = RecordId.of(json(created).get("record").get("id").asText());
        int stored = tutela.screening().history(id).size();
        for (String path : List.of("/api/records/" + id.value() + "/screening.html?asOf=2021-06-01",
                "/api/records/" + id.value() + "/screening.html", "/requests/" + id.value() + "/report")) {
            assertThat(as("a-documenter", "GET", path, null).status()).as(path).isEqualTo(200);
            assertThat(tutela.screening().history(id)).as(path + " stores nothing").hasSize(stored);
        }
        assertThat(as("a-documenter", "POST", "/api/records/" + id.value() + "/screenings?asOf=2021-06-01", null).status()).isEqualTo(200);
        assertThat(tutela.screening().history(id)).as("a POST does").hasSize(stored + 1);
    }
}
