package org.tutela.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
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
import org.tutela.core.registry.Samples;
import org.tutela.core.requests.DeskFunction;

/** A request's workflow over real HTTP, as each desk calls it, with the compartments and the audit log. */
class WorkflowApiTest {
    static final String REQUEST = Samples.REQUEST.value();
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static String ca;
    static String prosecutor;
    static String judge;
    static String oversight;
    static String outsider;
    static String documenter;

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        tutela.compartments().assignUnassigned("inside");
        ca = TestUsers.create(tutela, "ca", Role.REVIEWER, "inside");
        prosecutor = TestUsers.create(tutela, "pr", Role.REVIEWER, "inside");
        judge = TestUsers.create(tutela, "ij", Role.REVIEWER, "inside");
        oversight = TestUsers.create(tutela, "ov", Role.OVERSIGHT, "inside");
        outsider = TestUsers.create(tutela, "other-ca", Role.REVIEWER, "outside");
        documenter = TestUsers.create(tutela, "doc", Role.DOCUMENTER, "inside");
        tutela.requests().desks().set("ca", Optional.of(DeskFunction.CENTRAL_AUTHORITY));
        tutela.requests().desks().set("pr", Optional.of(DeskFunction.PROSECUTOR));
        tutela.requests().desks().set("ij", Optional.of(DeskFunction.INVESTIGATING_JUDGE));
        tutela.requests().desks().set("other-ca", Optional.of(DeskFunction.CENTRAL_AUTHORITY));
        server = WebServer.start(tutela, 0);
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    record Answer(int status, JsonNode body) {
        String message() {
            return body == null || body.get("message") == null ? "" : body.get("message").asText();
        }
    }

    static Answer call(String auth, String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", auth).header("X-Purpose", "workflow test");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? null : MAPPER.readTree(response.body()));
    }

    static int revision(String auth) throws Exception {
        Answer file = call(auth, "GET", "/api/requests/" + REQUEST, null);
        assertThat(file.status()).as(String.valueOf(file.body())).isEqualTo(200);
        return file.body().get("revision").asInt();
    }

    static Answer step(String auth, String json) throws Exception {
        return call(auth, "POST", "/api/requests/" + REQUEST + "/steps", json, "If-Match", String.valueOf(revision(auth)));
    }

    static void ok(Answer a) {
        assertThat(a.status()).as(String.valueOf(a.body())).isEqualTo(201);
    }

    @Test
    void theDesksTakeTheRequestThroughAHoldThatRefusesADisclosureUntilTheJudgeLiftsIt() throws Exception {
        assertThat(call(ca, "POST", "/api/records/" + REQUEST + "/screenings?asOf=2021-06-30", null).status()).isEqualTo(200);
        ok(step(ca, "{\"step\":\"RELY_ON_SCREENING\",\"reason\":\"the latest screening\"}"));
        ok(step(ca, "{\"step\":\"DECIDE_ADMISSION\",\"outcome\":\"ADMITTED_WITH_CONDITIONS\",\"reason\":\"treaty conditions met\","
                + "\"departure\":\"the assurances answer the flags\",\"conditions\":[{\"kind\":\"SPECIALITY\"},{\"kind\":\"NO_FOREIGN_OFFICIALS_PRESENT\"}]}"));
        ok(step(prosecutor, "{\"step\":\"MOVE\",\"transition\":\"START_EXECUTION\",\"reason\":\"sent to the judge\"}"));
        ok(step(judge, "{\"step\":\"DECIDE_MEASURE\",\"measure\":1,\"outcome\":\"AUTHORISED\",\"reason\":\"devices named\"}"));
        ok(step(judge, "{\"step\":\"PLACE_HOLD\",\"hold\":\"PRIVILEGE_REVIEW\",\"reason\":\"a lawyer's files among the devices\"}"));

        int before = revision(judge);
        String disclosure = "{\"step\":\"RECORD_DISCLOSURE\",\"reason\":\"results to the requesting state\",\"disclosure\":{\"item\":\"SEIZED_DEVICES\","
                + "\"what\":\"images of two laptops\",\"recipientKind\":\"REQUESTING_STATE\",\"recipient\":\"the requesting state\",\"on\":\""
                + java.time.LocalDate.now() + "\",\"authorised\":true,\"decision\":\"measure 1\"}}";
        Answer refused = step(judge, disclosure);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.message()).contains(REQUEST).contains("RECORD_DISCLOSURE").contains("NoDisclosureUnderHold").contains("PRIVILEGE_REVIEW");
        assertThat(refused.body().get("field").asText()).isEqualTo("NoDisclosureUnderHold");
        assertThat(revision(judge)).as("nothing written").isEqualTo(before);
        JsonNode file = call(oversight, "GET", "/api/requests/" + REQUEST, null).body();
        assertThat(file.get("alerts").toString()).as("shown to oversight").contains("DISCLOSURE_REFUSED").contains("oversight");
        assertThat(tutela.audit().search(new org.tutela.storage.security.AuditQuery(Optional.of("ij"), Optional.of("WORKFLOW"), Optional.of(REQUEST),
                Optional.of("DENIED"), Optional.empty(), Optional.empty(), 10))).isNotEmpty();

        Answer wrongDesk = step(prosecutor, "{\"step\":\"LIFT_HOLD\",\"hold\":1,\"reason\":\"in a hurry\"}");
        assertThat(wrongDesk.status()).isEqualTo(422);
        assertThat(wrongDesk.message()).contains("HoldLiftedByAllowedRole");
        ok(step(judge, "{\"step\":\"LIFT_HOLD\",\"hold\":1,\"reason\":\"privileged files set aside\"}"));
        ok(step(judge, disclosure));

        Answer left = call(documenter, "GET", "/api/persons/" + Samples.TARGET + "/disclosures", null);
        assertThat(left.status()).isEqualTo(200);
        assertThat(left.body()).hasSize(1);
        assertThat(left.body().get(0).at("/disclosure/disclosure/what").asText()).isEqualTo("images of two laptops");
        assertThat(call(documenter, "GET", "/api/requests", null).body().toString()).contains(REQUEST).contains("MEASURES_AUTHORISED");
    }

    @Test
    void badStepsAreRefusedNamingWhatIsWrongAndConcurrentStepsAreTold() throws Exception {
        String other = Samples.all().stream().filter(r -> r instanceof org.tutela.core.registry.CooperationRequest && !r.id().value().equals(REQUEST))
                .map(r -> r.id().value()).findFirst().orElse(REQUEST);
        assertThat(call(documenter, "POST", "/api/requests/" + REQUEST + "/steps", "{\"step\":\"PLACE_HOLD\"}").status())
                .as("a documenter makes no step").isEqualTo(403);
        assertThat(call(outsider, "GET", "/api/requests/" + REQUEST, null).status()).as("another compartment's request does not exist").isEqualTo(404);
        assertThat(call(outsider, "POST", "/api/requests/" + REQUEST + "/steps", "{\"step\":\"PLACE_HOLD\",\"hold\":\"APPEAL_PENDING\","
                + "\"reason\":\"x\",\"revision\":0}").status()).isEqualTo(404);
        Answer unknown = call(ca, "POST", "/api/requests/" + REQUEST + "/steps", "{\"step\":\"SHRED\",\"reason\":\"x\",\"revision\":0}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("field").asText()).isEqualTo("step");
        Answer noRevision = call(ca, "POST", "/api/requests/" + REQUEST + "/steps", "{\"step\":\"ASSIGN_HOLDER\",\"desk\":\"d\",\"reason\":\"x\"}");
        assertThat(noRevision.status()).isEqualTo(400);
        assertThat(noRevision.message()).contains("revision");
        Answer badField = call(ca, "POST", "/api/requests/" + REQUEST + "/steps", "{\"step\":\"PLACE_HOLD\",\"hold\":\"FOREVER\",\"reason\":\"x\",\"revision\":0}");
        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.body().get("field").asText()).isEqualTo("hold");

        String path = "/api/requests/" + other + "/steps";
        int at = call(ca, "GET", "/api/requests/" + other, null).body().get("revision").asInt();
        Answer noReason = call(ca, "POST", path, "{\"step\":\"ASSIGN_HOLDER\",\"desk\":\"d\",\"reason\":\" \"}", "If-Match", String.valueOf(at));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.message()).contains("ReasonRequired");
        assertThat(call(ca, "POST", path, "{\"step\":\"ASSIGN_HOLDER\",\"desk\":\"desk A\",\"reason\":\"first\"}", "If-Match", String.valueOf(at)).status())
                .isEqualTo(201);
        Answer second = call(prosecutor, "POST", path, "{\"step\":\"ASSIGN_HOLDER\",\"desk\":\"desk B\",\"reason\":\"second\"}", "If-Match", String.valueOf(at));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.message()).contains(other).contains("ASSIGN_HOLDER");
    }
}
