package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
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
import org.tutela.app.federation.Federation;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.web.WebServer;
import org.tutela.core.federation.Distribution;
import org.tutela.core.federation.Marking;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.RequestDecision;
import org.tutela.core.federation.Reception;
import org.tutela.core.federation.Sensitive;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.json.federation.BulletinJson;

/** The federation page in Chromium, for an administrator: own fingerprint, partners, what was sent and received; others are kept out. */
@org.junit.jupiter.api.extension.ExtendWith(BrowserAvailable.class)
class FederationPageInBrowserTest {
    static final int PORT = 18505;
    @TempDir
    static Path dir;
    static Tutela be;
    static Tutela li;
    static ConfigurableApplicationContext server;
    static Browser browser;
    static String reviewer;

    @BeforeAll
    static void start() throws Exception {
        be = Tutela.open(new Settings(dir.resolve("be"), Optional.empty()));
        li = Tutela.open(new Settings(dir.resolve("li"), Optional.empty()));
        be.federation().init("be-fps-justice");
        li.federation().init("li-justice");
        be.federation().putPartner(new Partner("li-justice", "Liechtenstein, Office of Justice", Optional.empty(),
                List.of(new Partner.Key(li.federation().key().publicKey(), Instant.now(), Optional.empty())), Set.of("mla-desks")));
        li.federation().putPartner(new Partner("be-fps-justice", "Belgium, FPS Justice", Optional.empty(),
                List.of(new Partner.Key(be.federation().key().publicKey(), Instant.now(), Optional.empty())), Set.of("mla-desks")));
        Federation.Published p = li.federation().publish(new Distribution.Group("mla-desks"), Marking.AMBER, new RequestDecision("LI-RH-2019-17",
                Country.of("KZ"), Country.of("LI"), Optional.empty(), Optional.of(java.time.LocalDate.of(2019, 12, 5)), Decision.Outcome.REFUSED,
                Set.of(Decision.Ground.POLITICAL_MOTIVATION), List.of("170000131000012"), List.of(), Sensitive.none()), Optional.empty(), "central-authority");
        assertThat(be.federation().receive(BulletinJson.write(p.envelope()), "bundle")).isInstanceOf(Reception.Accepted.class);
        TestUsers.create(be, "admin", Role.ADMINISTRATOR, "inside");
        reviewer = TestUsers.create(be, "reviewer", Role.REVIEWER, "inside");
        server = WebServer.start(be, PORT);
        browser = Browser.open("http://localhost:" + PORT);
        browser.go("/");
        browser.login("admin", TestUsers.PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (be != null) {
            be.close();
        }
        if (li != null) {
            li.close();
        }
    }

    @Test
    void anAdministratorSeesTheKeyThePartnersAndWhatWasReceived() {
        browser.go("/federation");
        assertThat(browser.text("h1")).isEqualTo("Federation");
        assertThat(browser.text("#own-fingerprint")).isEqualTo(be.federation().key().publicKey().fingerprint());
        assertThat(browser.text("table.partners")).contains("li-justice").contains(li.federation().key().publicKey().fingerprint())
                .contains("mla-desks").contains("bundle files only");
        assertThat(browser.text("table.received")).contains("partner li-justice, signed by key " + li.federation().key().publicKey().id())
                .contains("decision").contains("bundle");
    }

    @Test
    void anAdministratorSetsWhereAPartnersBulletinsAreReceived() {
        browser.go("/federation");
        assertThat(browser.text("table.partners td.receiving")).contains("the unassigned pool");
        browser.type("compartment", "From LI!");
        browser.submitting(browser.find("form.receiving-form"));
        assertThat(browser.text("#federation-problem")).contains("'From LI!' is not a compartment name");
        assertThat(be.federation().receivingCompartment("li-justice")).isEmpty();
        browser.go("/federation");
        browser.type("compartment", "from-li");
        browser.submitting(browser.find("form.receiving-form"));
        assertThat(browser.text("table.partners td.receiving")).contains("compartment from-li");
        assertThat(be.federation().receivingCompartment("li-justice")).contains("from-li");
        // what li-justice sends from now on is written there
        Federation.Published p = li.federation().publish(new Distribution.Group("mla-desks"), Marking.AMBER, new RequestDecision("LI-RH-2020-3",
                Country.of("KZ"), Country.of("LI"), Optional.empty(), Optional.of(java.time.LocalDate.of(2020, 1, 9)), Decision.Outcome.REFUSED,
                Set.of(Decision.Ground.POLITICAL_MOTIVATION), List.of("170000131000012"), List.of(), Sensitive.none()), Optional.empty(), "central-authority");
        assertThat(be.federation().receive(BulletinJson.write(p.envelope()), "bundle")).isInstanceOf(Reception.Accepted.class);
        String decision = "fed-li-justice-" + p.envelope().bulletin().id() + "-decision";
        assertThat(be.compartments().of(decision)).contains("from-li");
        browser.go("/federation");
        browser.type("compartment", "");
        browser.submitting(browser.find("form.receiving-form"));
        assertThat(be.federation().receivingCompartment("li-justice")).isEmpty();
    }

    @Test
    void aReviewerIsKeptOut() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/federation"))
                .header("Authorization", reviewer).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT
                        + "/federation/partners/li-justice/compartment")).header("Authorization", reviewer)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("compartment=mine")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(be.federation().receivingCompartment("li-justice")).isNotEqualTo(Optional.of("mine"));
    }
}
