package org.tutela.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.web.WebServer;
import org.tutela.core.federation.Distribution;
import org.tutela.core.federation.Drafts;
import org.tutela.core.federation.Envelope;
import org.tutela.core.federation.Marking;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.Reception;
import org.tutela.core.federation.SignedRequest;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.json.RecordJson;
import org.tutela.json.federation.BulletinJson;

/**
 * Two installations, each with its own data directory and HTTPS port on loopback (a self-signed certificate made
 * here with the JDK's keytool): a bulletin pushed and one pulled arrive and become the same records as a bundle
 * would make; unsigned, wrongly signed, tampered and oversized calls are refused and leave nothing.
 */
class FederationOverHttpsTest {
    static final int LI_PORT = 18500;
    static final int BE_PORT = 18501;
    @TempDir
    static Path dir;
    static Tutela li;
    static Tutela be;
    static ConfigurableApplicationContext liServer;
    static ConfigurableApplicationContext beServer;
    static SSLContext trust;

    @BeforeAll
    static void twoInstallations() throws Exception {
        Path keystore = dir.resolve("loopback.p12");
        trust = LoopbackTls.make(keystore);
        li = Tutela.open(new Settings(dir.resolve("li"), Optional.empty()));
        be = Tutela.open(new Settings(dir.resolve("be"), Optional.empty()));
        RecordJson json = new RecordJson();
        ObjectMapper mapper = new ObjectMapper();
        List<RegistryRecord> records = List.of(
                json.read(mapper.readTree("{\"kind\":\"cooperation-request\",\"id\":\"request-kz-li-mla-2019\",\"type\":\"MLA\",\"requestingState\":\"KZ\","
                        + "\"requestedState\":\"LI\",\"date\":\"2019-06-14\",\"referenceNumbers\":[\"170000131000012\"],"
                        + "\"persons\":[{\"asWritten\":\"Yerimbetov Iskander\"}]}")),
                json.read(mapper.readTree("{\"kind\":\"decision\",\"id\":\"decision-li-refusal-2019\",\"subject\":\"request-kz-li-mla-2019\","
                        + "\"state\":\"LI\",\"date\":\"2019-12-05\",\"outcome\":\"REFUSED\",\"grounds\":[\"POLITICAL_MOTIVATION\"]}")));
        li.registry().saveAll(records, Change.by("test", "the seed case's refusal in Liechtenstein"));
        li.federation().init("li-justice");
        be.federation().init("be-fps-justice");
        li.federation().putPartner(new Partner("be-fps-justice", "Belgium, FPS Justice", Optional.of(URI.create("https://127.0.0.1:" + BE_PORT)),
                List.of(new Partner.Key(be.federation().key().publicKey(), Instant.now(), Optional.empty())), Set.of("mla-desks")));
        be.federation().putPartner(new Partner("li-justice", "Liechtenstein, Office of Justice", Optional.of(URI.create("https://127.0.0.1:" + LI_PORT)),
                List.of(new Partner.Key(li.federation().key().publicKey(), Instant.now(), Optional.empty())), Set.of("mla-desks")));
        liServer = WebServer.start(li, LI_PORT, LoopbackTls.serverArgs(keystore));
        beServer = WebServer.start(be, BE_PORT, LoopbackTls.serverArgs(keystore));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {liServer, beServer, li, be}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing the next one matters more
            }
        }
    }

    static Federation.Published publishRefusal() {
        Decision d = li.registry().get(RecordId.of("decision-li-refusal-2019"), Decision.class).orElseThrow();
        return li.federation().publish(new Distribution.Group("mla-desks"), Marking.AMBER, Drafts.decision(d, li.registry()),
                Drafts.requestOf(d, li.registry()), "central-authority");
    }

    static Partner partner(Tutela at, String id) {
        return at.federation().partners().find(id).orElseThrow();
    }

    static HttpResponse<String> post(byte[] body, boolean signed) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + BE_PORT + "/api/federation/bulletins"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signed) {
            SignedRequest.headers("li-justice", li.federation().key(), "POST", "/api/federation/bulletins", Instant.now(), body).forEach(request::header);
        }
        return HttpClient.newBuilder().sslContext(trust).build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPushedBulletinIsAcceptedAndBecomesTheRefusalOnTheCase() throws Exception {
        Federation.Published published = publishRefusal();
        assertThat(published.recipients()).extracting(Partner::id).containsExactly("be-fps-justice");
        HttpResponse<String> answer = new FederationClient(li.federation(), trust).push(partner(li, "be-fps-justice"), published.envelope());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String id = published.envelope().bulletin().id();
        Decision derived = be.registry().get(RecordId.of("fed-li-justice-" + id + "-decision"), Decision.class).orElseThrow();
        assertThat(derived.outcome()).isEqualTo(Decision.Outcome.REFUSED);
        assertThat(derived.grounds()).contains(Decision.Ground.POLITICAL_MOTIVATION);
        assertThat(be.federation().ledger().received(id)).hasValueSatisfying(r -> assertThat(r.channel()).isEqualTo("push"));
        assertThat(li.federation().ledger().deliveries(id)).anySatisfy(d -> assertThat(d.channel()).isEqualTo("push"));
        // the same bytes pushed again are a replay
        HttpResponse<String> again = new FederationClient(li.federation(), trust).push(partner(li, "be-fps-justice"), published.envelope());
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("replay");
    }

    @Test
    void aPullFetchesWhatWasPublishedSinceTheLastAccepted() throws Exception {
        Federation.Published published = publishRefusal();
        List<Reception.Verdict> verdicts = new FederationClient(be.federation(), trust).pull(partner(be, "li-justice"));
        assertThat(verdicts).anySatisfy(v -> assertThat(v).isInstanceOfSatisfying(Reception.Accepted.class,
                a -> assertThat(a.envelope().bulletin().id()).isEqualTo(published.envelope().bulletin().id())));
        assertThat(be.federation().ledger().received(published.envelope().bulletin().id()))
                .hasValueSatisfying(r -> assertThat(r.channel()).isEqualTo("pull"));
        assertThat(new FederationClient(be.federation(), trust).pull(partner(be, "li-justice"))).isEmpty();
    }

    @Test
    void unsignedWronglySignedTamperedAndOversizedCallsAreRefusedAndLeaveNothing() throws Exception {
        Envelope envelope = publishRefusal().envelope();
        byte[] wire = BulletinJson.write(envelope);
        int before = be.federation().ledger().received(1_000).size();
        // unsigned: refused before anything reads it (the CSRF guard answers 403 to a call without credentials)
        assertThat(post(wire, false).statusCode()).isIn(401, 403);
        byte[] tampered = new String(wire, StandardCharsets.UTF_8).replace("POLITICAL_MOTIVATION", "PROCEDURAL").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = post(tampered, true);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("bad-signature");
        HttpRequest.Builder forged = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + BE_PORT + "/api/federation/bulletins"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(wire));
        SignedRequest.headers("li-justice", li.federation().key(), "POST", "/api/federation/bulletins", Instant.now(), tampered).forEach(forged::header);
        assertThat(HttpClient.newBuilder().sslContext(trust).build().send(forged.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
        byte[] big = new byte[BulletinJson.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(post(big, true).statusCode()).isIn(413, 422);
        assertThat(be.federation().ledger().received(1_000)).hasSize(before);
        assertThat(be.federation().ledger().refusals(10)).anySatisfy(r -> assertThat(r.reason()).isEqualTo("bad-signature"));
    }
}
