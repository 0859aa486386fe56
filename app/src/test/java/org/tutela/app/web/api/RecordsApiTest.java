package org.tutela.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
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
import org.tutela.core.registry.Samples;

/** The REST API against a real embedded registry, over real HTTP. */
class RecordsApiTest {
    @TempDir
    static Path dir;
    static ApiServer server;

    @BeforeAll
    static void start() {
        Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        tutela.awaitConsumers(); // the name index and standing screening follow the change feed
        tutela.compartments().assignUnassigned("test-case");
        server = ApiServer.start(tutela, TestUsers.create(tutela, "documenter", Role.DOCUMENTER, "test-case"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ApiServer.Answer call(String method, String path, String body, String... headers) throws Exception {
        return server.call(method, path, body, headers);
    }

    @Test
    void readsARecordWithItsRevision() throws Exception {
        ApiServer.Answer answer = call("GET", "/api/records/" + Samples.TARGET, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().at("/record/kind").asText()).isEqualTo("person");
        assertThat(answer.body().at("/record/names/1/full").asText()).isEqualTo("Надзея Каваленка");
        assertThat(answer.body().at("/revision/number").asInt()).isEqualTo(1);
        assertThat(answer.body().at("/revision/recordedBy").asText()).isEqualTo("test");
    }

    @Test
    void changesThroughTheApiAreRecordedUnderTheLoggedInUser() throws Exception {
        String person = "{\"kind\":\"person\",\"names\":[{\"full\":\"Ilyas Omarov\",\"kind\":\"PRIMARY\"}]}";
        ApiServer.Answer created = call("POST", "/api/records", person);
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().at("/record/id").asText();
        assertThat(call("GET", "/api/records/" + id + "/history", null).body().at("/0/recordedBy").asText()).isEqualTo("documenter");
    }

    @Test
    void everyChangeIsARevisionAndEarlierStatesCanBeReadBack() throws Exception {
        String person = "{\"kind\":\"person\",\"names\":[{\"full\":\"Marat Seitkali\",\"kind\":\"PRIMARY\"}]}";
        ApiServer.Answer created = call("POST", "/api/records", person, "X-Reason", "new target");
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().at("/record/id").asText();
        Instant between = Instant.now();
        Thread.sleep(20);
        String revised = "{\"names\":[{\"full\":\"Marat Seitkali\",\"kind\":\"PRIMARY\"},{\"full\":\"Марат Сейткали\",\"kind\":\"NATIVE_SCRIPT\"}]}";
        ApiServer.Answer update = call("PUT", "/api/records/" + id, revised, "If-Match", "1", "X-Reason", "Cyrillic form added");
        assertThat(update.status()).isEqualTo(200);
        assertThat(update.body().at("/revision/number").asInt()).isEqualTo(2);

        ApiServer.Answer history = call("GET", "/api/records/" + id + "/history", null);
        assertThat(history.body()).hasSize(2);
        assertThat(history.body().get(1).get("reason").asText()).isEqualTo("Cyrillic form added");
        assertThat(history.body().get(0).at("/state/names")).hasSize(1);

        ApiServer.Answer before = call("GET", "/api/records/" + id + "?asRecordedAt=" + between, null);
        assertThat(before.body().at("/record/names")).hasSize(1);

        ApiServer.Answer stale = call("PUT", "/api/records/" + id, revised, "If-Match", "1");
        assertThat(stale.status()).isEqualTo(409);

        assertThat(call("DELETE", "/api/records/" + id, null, "X-Reason", "entered in error").status()).isEqualTo(200);
        assertThat(call("GET", "/api/records/" + id, null).status()).isEqualTo(404);
        ApiServer.Answer afterRetraction = call("GET", "/api/records/" + id + "/history", null);
        assertThat(afterRetraction.body()).hasSize(3);
        assertThat(afterRetraction.body().get(2).get("retracted").asBoolean()).isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        ApiServer.Answer badDate = call("POST", "/api/records",
                "{\"kind\":\"person\",\"names\":[{\"full\":\"A B\"}],\"birthDate\":\"1984-02-31\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().get("field").asText()).isEqualTo("birthDate");

        // what is wrong is said in the caller's language, the field by its name in the JSON
        ApiServer.Answer future = call("POST", "/api/records",
                "{\"kind\":\"person\",\"names\":[{\"full\":\"A B\"}],\"birthDate\":\"2999-01-01\"}", "Accept-Language", "fr");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("field").asText()).isEqualTo("birthDate");
        assertThat(future.body().get("message").asText()).isEqualTo("birthDate : 2999-01-01 est dans le futur");
        ApiServer.Answer futureEn = call("POST", "/api/records",
                "{\"kind\":\"person\",\"names\":[{\"full\":\"A B\"}],\"birthDate\":\"2999-01-01\"}", "Accept-Language", "en");
        assertThat(futureEn.body().get("message").asText()).isEqualTo("birthDate: 2999-01-01 is in the future");
        ApiServer.Answer missingFr = call("POST", "/api/records",
                "{\"kind\":\"relationship\",\"type\":\"FAMILY\",\"from\":\"" + Samples.TARGET + "\",\"to\":\"person-nobody\"}",
                "Accept-Language", "fr");
        assertThat(missingFr.body().get("message").asText()).contains("person-nobody").contains("n’est pas dans le registre");

        ApiServer.Answer missingRef = call("POST", "/api/records",
                "{\"kind\":\"relationship\",\"type\":\"FAMILY\",\"from\":\"" + Samples.TARGET + "\",\"to\":\"person-nobody\"}");
        assertThat(missingRef.status()).isEqualTo(422);
        assertThat(missingRef.body().get("message").asText()).contains("person-nobody");

        ApiServer.Answer malformed = call("POST", "/api/records", "{\"kind\":\"person\",");
        assertThat(malformed.status()).isEqualTo(400);

        ApiServer.Answer unknownKind = call("POST", "/api/records", "{\"kind\":\"spaceship\"}");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.body().get("field").asText()).isEqualTo("kind");

        ApiServer.Answer ownId = call("POST", "/api/records", "{\"kind\":\"person\",\"id\":\"" + Samples.TARGET + "\",\"names\":[{\"full\":\"X\"}]}");
        assertThat(ownId.status()).isEqualTo(400);
        assertThat(ownId.body().get("field").asText()).isEqualTo("id");
    }

    @Test
    void searchesByField() throws Exception {
        ApiServer.Answer found = call("GET", "/api/records?kind=cooperation-request&requestingState=BY", null);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("items")).hasSize(1);
        assertThat(found.body().at("/items/0/id").asText()).isEqualTo(Samples.REQUEST.value());
        assertThat(call("GET", "/api/records?kind=cooperation-request&requestingState=FR", null).body().get("items")).isEmpty();
    }

    @Test
    void conflictsAndProvenanceAreVisible() throws Exception {
        ApiServer.Answer conflicts = call("GET", "/api/records/decision-sample-finding/conflicts", null);
        assertThat(conflicts.body()).hasSize(1);
        assertThat(conflicts.body().at("/0/claims")).hasSize(2);

        ApiServer.Answer dossier = call("GET", "/api/records/" + Samples.REQUEST + "/dossier", null);
        assertThat(dossier.body().get("references").findValuesAsText("id"))
                .contains(Samples.TARGET.value(), Samples.CASE.value());
        assertThat(dossier.body().get("sources").findValuesAsText("id")).contains(Samples.SOURCE.value());
        assertThat(dossier.body().at("/record/provenance/citations/0/source").asText()).isEqualTo(Samples.SOURCE.value());
    }

    @Test
    void theApiIsDocumented() throws Exception {
        ApiServer.Answer doc = call("GET", "/api/openapi", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().at("/paths").has("/api/records/{id}/history")).isTrue();
    }
}
