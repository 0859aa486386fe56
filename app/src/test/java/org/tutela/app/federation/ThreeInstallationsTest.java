package org.tutela.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
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
import org.tutela.core.federation.ProtectedMatching;
import org.tutela.core.federation.Reception;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.screening.FlagResult;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.json.RecordJson;
import org.tutela.json.federation.BulletinJson;

/**
 * The seed case across three installations on one machine, each with its own data directory and HTTPS port:
 * Liechtenstein's refusal reaches Belgium over the network and France by a bundle file, and raises flag 5 in both;
 * Belgium shares a refugee's protection as an encoding, and France's check of a request naming her in Cyrillic says
 * "possible match with a person protected by partner be-fps-justice" while no name of hers is on the wire or in
 * France's database; tampered, replayed and unknown-key bulletins are refused.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ThreeInstallationsTest {
    static final int LI_PORT = 18510;
    static final int BE_PORT = 18511;
    static final int FR_PORT = 18512;
    static final List<String> HER_NAMES = List.of("Jardemalie", "JARDEMALIE", "Botagoz", "Джардемали", "Ботагоз", "Zhardemali", "Dzhardemali");
    @TempDir
    static Path dir;
    static Tutela li;
    static Tutela be;
    static Tutela fr;
    static ConfigurableApplicationContext liServer;
    static ConfigurableApplicationContext beServer;
    static ConfigurableApplicationContext frServer;
    static SSLContext trust;
    static Path keystore;
    static final RecordJson JSON = new RecordJson();
    static final ObjectMapper MAPPER = new ObjectMapper();

    static RegistryRecord record(String json) throws IOException {
        return JSON.read(MAPPER.readTree(json));
    }

    static Partner partner(String id, Tutela at, int port, String... groups) {
        return new Partner(id, id, Optional.of(URI.create("https://127.0.0.1:" + port)),
                List.of(new Partner.Key(at.federation().key().publicKey(), Instant.now(), Optional.empty())), Set.of(groups));
    }

    @BeforeAll
    static void threeInstallations() throws Exception {
        keystore = dir.resolve("loopback.p12");
        trust = LoopbackTls.make(keystore);
        li = Tutela.open(new Settings(dir.resolve("li"), Optional.empty()));
        be = Tutela.open(new Settings(dir.resolve("be"), Optional.empty()));
        fr = Tutela.open(new Settings(dir.resolve("fr"), Optional.empty()));
        li.registry().saveAll(List.of(
                record("{\"kind\":\"cooperation-request\",\"id\":\"request-kz-li-mla-2019\",\"type\":\"MLA\",\"requestingState\":\"KZ\","
                        + "\"requestedState\":\"LI\",\"date\":\"2019-06-14\",\"referenceNumbers\":[\"170000131000012\"],"
                        + "\"persons\":[{\"asWritten\":\"Yerimbetov Iskander\"}]}"),
                record("{\"kind\":\"decision\",\"id\":\"decision-li-refusal-2019\",\"subject\":\"request-kz-li-mla-2019\","
                        + "\"state\":\"LI\",\"date\":\"2019-12-05\",\"outcome\":\"REFUSED\",\"grounds\":[\"POLITICAL_MOTIVATION\"]}")),
                Change.by("test", "Liechtenstein's refusal in the seed case"));
        be.registry().saveAll(List.of(
                record("{\"kind\":\"person\",\"id\":\"person-be-refugee-1\",\"names\":[{\"full\":\"Botagoz JARDEMALIE\",\"kind\":\"PRIMARY\"}],"
                        + "\"birthDate\":\"1975-05-14\",\"gender\":\"FEMALE\"}"),
                record("{\"kind\":\"protection-status\",\"id\":\"status-be-refugee-1\",\"person\":\"person-be-refugee-1\",\"type\":\"REFUGEE\","
                        + "\"grantingState\":\"BE\",\"persecutingState\":\"KZ\",\"granted\":\"2013-06-01\"}")),
                Change.by("test", "a refugee protected by Belgium"));
        li.federation().init("li-justice");
        be.federation().init("be-fps-justice");
        fr.federation().init("fr-justice");
        li.federation().putPartner(partner("be-fps-justice", be, BE_PORT, "mla-desks"));
        li.federation().putPartner(partner("fr-justice", fr, FR_PORT, "mla-desks"));
        be.federation().putPartner(partner("li-justice", li, LI_PORT, "mla-desks"));
        be.federation().putPartner(partner("fr-justice", fr, FR_PORT, "protection"));
        fr.federation().putPartner(partner("li-justice", li, LI_PORT, "mla-desks"));
        fr.federation().putPartner(partner("be-fps-justice", be, BE_PORT, "protection"));
        String secret = be.federation().putGroupSecret("protection", Optional.empty());
        fr.federation().putGroupSecret("protection", Optional.of(secret));
        liServer = WebServer.start(li, LI_PORT, LoopbackTls.serverArgs(keystore));
        beServer = WebServer.start(be, BE_PORT, LoopbackTls.serverArgs(keystore));
        frServer = WebServer.start(fr, FR_PORT, LoopbackTls.serverArgs(keystore));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {liServer, beServer, frServer, li, be, fr}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the next one still closes
            }
        }
    }

    static List<String> fired(Tutela at) throws IOException {
        CooperationRequest request = (CooperationRequest) record("{\"kind\":\"cooperation-request\",\"id\":\"request-kz-next\",\"type\":\"MLA\","
                + "\"requestingState\":\"KZ\",\"requestedState\":\"BE\",\"date\":\"2026-11-20\",\"referenceNumbers\":[\"170000131000012\"],"
                + "\"persons\":[{\"asWritten\":\"YERIMBETOV Iskander\"}]}");
        ScreeningReport report = at.screening().screenIntake(List.of(request), LocalDate.now());
        return report.fired().stream().map(FlagResult::flag).map(f -> f.id()).toList();
    }

    static Partner at(Tutela installation, String partner) {
        return installation.federation().partners().find(partner).orElseThrow();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void aRefusalReachesBelgiumOverTheNetworkAndFranceByBundleAndRaisesFlag5InBoth() throws Exception {
        assertThat(fired(be)).doesNotContain("TNR-05");
        assertThat(fired(fr)).doesNotContain("TNR-05");
        Decision d = li.registry().get(RecordId.of("decision-li-refusal-2019"), Decision.class).orElseThrow();
        Federation.Published p = li.federation().publish(new Distribution.Group("mla-desks"), Marking.AMBER, Drafts.decision(d, li.registry()),
                Drafts.requestOf(d, li.registry()), "central-authority");
        assertThat(new FederationClient(li.federation(), trust).push(at(li, "be-fps-justice"), p.envelope()).statusCode()).isEqualTo(202);
        Path bundle = dir.resolve("li-to-fr.bundle");
        assertThat(Bundles.export(li.federation(), "fr-justice", 0, bundle)).isEqualTo(1);
        assertThat(Bundles.importFile(fr.federation(), bundle)).singleElement().isInstanceOf(Reception.Accepted.class);
        assertThat(fired(be)).contains("TNR-05");
        assertThat(fired(fr)).contains("TNR-05");
        // the same bulletin by either road makes the same records
        String id = p.envelope().bulletin().id();
        for (String part : List.of("source", "case", "decision")) {
            RecordId derived = RecordId.of("fed-li-justice-" + id + "-" + part);
            RegistryRecord atBe = be.registry().get(derived).orElseThrow();
            RegistryRecord atFr = fr.registry().get(derived).orElseThrow();
            if (!part.equals("source")) { // the source says when it was received, which differs
                assertThat(JSON.write(atFr)).isEqualTo(JSON.write(atBe));
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aProtectionSharedAsAnEncodingFlagsARequestInAnotherScriptWithoutHerNameEverReachingFrance() throws Exception {
        ProtectionStatus status = be.registry().get(RecordId.of("status-be-refugee-1"), ProtectionStatus.class).orElseThrow();
        Distribution group = new Distribution.Group("protection");
        Federation.Published p = be.federation().publish(group, Marking.AMBER, be.federation().encodedProtection(status, group, be.registry()),
                Optional.empty(), "central-authority");
        byte[] wire = BulletinJson.write(p.envelope());
        HttpResponse<String> answer = new FederationClient(be.federation(), trust).push(at(be, "fr-justice"), p.envelope());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String onTheWire = new String(wire, StandardCharsets.UTF_8);
        for (String name : HER_NAMES) {
            assertThat(onTheWire).doesNotContainIgnoringCase(name);
        }
        // France's database, read as bytes after it is closed (everything written), holds none of her names
        frServer.close();
        fr.close();
        byte[] database = everyFileUnder(dir.resolve("fr"));
        // what France received is there, readable: the search for her names below is not blind
        assertThat(indexOf(database, p.envelope().bulletin().id().getBytes(StandardCharsets.UTF_8))).isNotEqualTo(-1);
        for (String name : HER_NAMES) {
            assertThat(indexOf(database, name.getBytes(StandardCharsets.UTF_8))).as(name).isEqualTo(-1);
        }
        fr = Tutela.open(new Settings(dir.resolve("fr"), Optional.empty()));
        frServer = WebServer.start(fr, FR_PORT, LoopbackTls.serverArgs(keystore));
        CooperationRequest request = (CooperationRequest) record("{\"kind\":\"cooperation-request\",\"id\":\"request-kz-fr-2026\",\"type\":\"EXTRADITION\","
                + "\"requestingState\":\"KZ\",\"requestedState\":\"FR\",\"date\":\"2026-11-20\",\"referenceNumbers\":[\"170000131000012\"],"
                + "\"persons\":[{\"asWritten\":\"Джардемали Ботагоз\",\"birthDate\":\"1975-05-14\"}]}");
        fr.registry().saveAll(List.of(request), Change.by("test", "Kazakhstan's request to France"));
        List<ProtectedMatching.Hit> hits = fr.federation().possiblyProtected(request, fr.registry());
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.partner()).isEqualTo("be-fps-justice");
            assertThat(h.bulletin()).isEqualTo(p.envelope().bulletin().id());
            assertThat(h.type()).isEqualTo(ProtectionStatus.Type.REFUGEE);
        });
        CooperationRequest someoneElse = (CooperationRequest) record("{\"kind\":\"cooperation-request\",\"id\":\"request-kz-fr-2026-b\","
                + "\"type\":\"EXTRADITION\",\"requestingState\":\"KZ\",\"requestedState\":\"FR\",\"date\":\"2026-11-20\","
                + "\"persons\":[{\"asWritten\":\"Ерімбетов Искандер\",\"birthDate\":\"1975-05-14\"}]}");
        assertThat(fr.federation().possiblyProtected(someoneElse, fr.registry())).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void tamperedReplayedAndUnknownKeyBulletinsAreRefused() throws Exception {
        Decision d = li.registry().get(RecordId.of("decision-li-refusal-2019"), Decision.class).orElseThrow();
        Federation.Published p = li.federation().publish(new Distribution.Group("mla-desks"), Marking.AMBER, Drafts.decision(d, li.registry()),
                Drafts.requestOf(d, li.registry()), "central-authority");
        Envelope e = p.envelope();
        byte[] tampered = new String(BulletinJson.write(e), StandardCharsets.UTF_8).replace("POLITICAL_MOTIVATION", "PROCEDURAL")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(be.federation().receive(tampered, "push")).isInstanceOfSatisfying(Reception.Refused.class,
                r -> assertThat(r.refusal().reason().text()).isEqualTo("bad-signature"));
        assertThat(be.registry().get(RecordId.of("fed-li-justice-" + e.bulletin().id() + "-decision"))).isEmpty();
        assertThat(new FederationClient(li.federation(), trust).push(at(li, "be-fps-justice"), e).statusCode()).isEqualTo(202);
        HttpResponse<String> replayed = new FederationClient(li.federation(), trust).push(at(li, "be-fps-justice"), e);
        assertThat(replayed.statusCode()).isEqualTo(422);
        assertThat(replayed.body()).contains("replay");
        // the same bulletin signed by a key no partner holds
        Envelope forged = BulletinJson.seal(e.bulletin(), org.tutela.core.federation.SigningKey.generate());
        assertThat(be.federation().receive(BulletinJson.write(forged), "bundle")).isInstanceOfSatisfying(Reception.Refused.class,
                r -> assertThat(r.refusal().reason().text()).isEqualTo("unknown-key"));
        // a bulletin of the protection group, which Liechtenstein does not share with France, is not for Liechtenstein
        Federation.Published fromFrance = fr.federation().publish(new Distribution.Group("protection"), Marking.AMBER,
                Drafts.decision(d, li.registry()), Optional.empty(), "central-authority");
        assertThat(li.federation().receive(BulletinJson.write(fromFrance.envelope()), "bundle")).isInstanceOfSatisfying(Reception.Refused.class,
                r -> assertThat(r.refusal().reason().text()).isEqualTo("not-for-us"));
    }

    static byte[] everyFileUnder(Path root) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.write(Files.readAllBytes(f));
            }
        }
        return all.toByteArray();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
