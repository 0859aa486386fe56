package org.tutela.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.web.WebServer;
import org.tutela.core.federation.Bulletin;
import org.tutela.core.federation.Distribution;
import org.tutela.core.federation.Marking;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.RequestDecision;
import org.tutela.core.federation.Sensitive;
import org.tutela.core.federation.SignedRequest;
import org.tutela.core.federation.SigningKey;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.json.federation.BulletinJson;

/**
 * A partner pushes a malformed bulletin: the answer keeps the stable English detail for machines and adds the
 * field at fault, the problem's key and its arguments; the refusal is logged and nothing is received.
 */
class FederationRefusalApiTest {
    @TempDir
    static Path dir;
    static Tutela be;
    static ConfigurableApplicationContext server;
    static String base;
    static final SigningKey LI = SigningKey.generate();

    @BeforeAll
    static void start() {
        be = Tutela.open(new Settings(dir.resolve("be"), Optional.empty()));
        be.federation().init("be-fps-justice");
        be.federation().putPartner(new Partner("li-justice", "Liechtenstein, Office of Justice", Optional.empty(),
                List.of(new Partner.Key(LI.publicKey(), Instant.now().minusSeconds(3_600), Optional.empty())), Set.of("mla-desks")));
        server = WebServer.start(be, 0);
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (be != null) {
            be.close();
        }
    }

    static byte[] sealed() {
        Bulletin b = new Bulletin("5d1c7a2e-0b3f-4a61-8c9d-2e4f6a8b0c1d", "li-justice", Instant.now().minusSeconds(60), 1,
                new Distribution.Group("mla-desks"), Marking.AMBER, new RequestDecision("LI-RH-2019-17", Country.of("KZ"), Country.of("LI"),
                Optional.of("Fürstliches Landgericht"), Optional.of(LocalDate.of(2019, 5, 3)), Decision.Outcome.REFUSED,
                Set.of(Decision.Ground.POLITICAL_MOTIVATION), List.of("170000131000012"), List.of(), Sensitive.none()));
        return BulletinJson.write(BulletinJson.seal(b, LI));
    }

    static HttpResponse<String> push(byte[] body) throws Exception {
        String path = "/api/federation/bulletins";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        SignedRequest.headers("li-justice", LI, "POST", path, Instant.now(), body).forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMalformedBulletinIsAnsweredWithItsFieldKeyAndArguments() throws Exception {
        byte[] blue = new String(sealed(), StandardCharsets.UTF_8).replace("TLP:AMBER", "TLP:BLUE").getBytes(StandardCharsets.UTF_8);
        int before = be.federation().ledger().refusals(1_000).size();
        HttpResponse<String> answer = push(blue);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertThat(body.get("refused").asText()).isEqualTo("malformed");
        assertThat(body.get("field").asText()).isEqualTo("bulletin.marking");
        assertThat(body.get("key").asText()).isEqualTo("federation.marking.unknown");
        assertThat(body.get("args")).hasSize(1);
        assertThat(body.get("args").get(0).asText()).isEqualTo("TLP:BLUE");
        // the English detail machines already read, whatever language the call asks for
        assertThat(body.get("detail").asText()).startsWith("bulletin.marking: 'TLP:BLUE' is not a TLP marking");
        assertThat(be.federation().ledger().refusals(1_000)).hasSize(before + 1)
                .anySatisfy(r -> assertThat(r.detail()).startsWith("bulletin.marking: 'TLP:BLUE'"));
        assertThat(be.federation().ledger().received(1_000)).isEmpty();
    }

    @Test
    void aRefusalThatIsNoMalformedFieldHasNoKey() throws Exception {
        byte[] tampered = new String(sealed(), StandardCharsets.UTF_8).replace("POLITICAL_MOTIVATION", "FAIR_TRIAL").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = push(tampered);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertThat(body.get("refused").asText()).isEqualTo("bad-signature");
        assertThat(body.has("key")).isFalse();
        assertThat(body.has("field")).isFalse();
    }
}
