package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.dossier.Audience;
import org.tutela.app.dossier.Dossier;
import org.tutela.app.dossier.DossierAssembly;
import org.tutela.app.dossier.PdfDossier;
import org.tutela.app.federation.Federation;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.web.WebServer;
import org.tutela.core.federation.Distribution;
import org.tutela.core.federation.Marking;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.Reception;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.screening.Band;
import org.tutela.core.screening.PartnerMatch;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.json.RecordJson;
import org.tutela.json.federation.BulletinJson;

/**
 * A possible match with a person a partner protects belongs to the screening report: Belgium shares a refugee as an
 * encoding, France stores a request naming her in Cyrillic, and France's stored report, its JSON, the report page in
 * Chromium and the dossier say "possible match with a person protected by partner be-fps-justice — ask through the
 * channel", hold the band at "suspend pending identification", and carry no name of Belgium's person.
 */
class PartnerMatchReportInBrowserTest {
    static final int PORT = 18620;
    static final String REQUEST = "request-kz-fr-2026";
    /** The names only Belgium holds: France's request writes her name in Cyrillic, so none of these may reach France's report. */
    static final List<String> BELGIUMS_NAMES = List.of("Jardemalie", "JARDEMALIE", "Botagoz JARDEMALIE");
    @TempDir
    static Path dir;
    static Tutela be;
    static Tutela fr;
    static ConfigurableApplicationContext server;
    static Browser browser;
    static String reviewer;
    static String bulletin;

    static RegistryRecord record(String json) throws Exception {
        return new RecordJson().read(new ObjectMapper().readTree(json));
    }

    @BeforeAll
    static void start() throws Exception {
        be = Tutela.open(new Settings(dir.resolve("be"), Optional.empty()));
        fr = Tutela.open(new Settings(dir.resolve("fr"), Optional.empty()));
        be.registry().saveAll(List.of(
                record("{\"kind\":\"person\",\"id\":\"person-be-refugee-1\",\"names\":[{\"full\":\"Botagoz JARDEMALIE\",\"kind\":\"PRIMARY\"}],"
                        + "\"birthDate\":\"1975-05-14\",\"gender\":\"FEMALE\"}"),
                record("{\"kind\":\"protection-status\",\"id\":\"status-be-refugee-1\",\"person\":\"person-be-refugee-1\",\"type\":\"REFUGEE\","
                        + "\"grantingState\":\"BE\",\"persecutingState\":\"KZ\",\"granted\":\"2013-06-01\"}")),
                Change.by("test", "a refugee protected by Belgium"));
        be.federation().init("be-fps-justice");
        fr.federation().init("fr-justice");
        be.federation().putPartner(new Partner("fr-justice", "France", Optional.empty(),
                List.of(new Partner.Key(fr.federation().key().publicKey(), Instant.now(), Optional.empty())), Set.of("protection")));
        fr.federation().putPartner(new Partner("be-fps-justice", "Belgium, FPS Justice", Optional.empty(),
                List.of(new Partner.Key(be.federation().key().publicKey(), Instant.now(), Optional.empty())), Set.of("protection")));
        fr.federation().putGroupSecret("protection", Optional.of(be.federation().putGroupSecret("protection", Optional.empty())));
        ProtectionStatus status = be.registry().get(RecordId.of("status-be-refugee-1"), ProtectionStatus.class).orElseThrow();
        Distribution group = new Distribution.Group("protection");
        Federation.Published p = be.federation().publish(group, Marking.AMBER, be.federation().encodedProtection(status, group, be.registry()),
                Optional.empty(), "central-authority");
        bulletin = p.envelope().bulletin().id();
        assertThat(fr.federation().receive(BulletinJson.write(p.envelope()), "bundle")).isInstanceOf(Reception.Accepted.class);
        fr.registry().saveAll(List.of(record("{\"kind\":\"cooperation-request\",\"id\":\"" + REQUEST + "\",\"type\":\"EXTRADITION\","
                + "\"requestingState\":\"KZ\",\"requestedState\":\"FR\",\"date\":\"" + LocalDate.now().minusDays(10) + "\","
                + "\"offences\":[{\"description\":\"sold two kilograms of heroin\",\"category\":\"DRUG_TRAFFICKING\",\"maxPenaltyYears\":10}],"
                + "\"allegedFacts\":[\"sold two kilograms of heroin on 3 May 2025 in a named car park in Almaty\"],"
                + "\"persons\":[{\"asWritten\":\"Джардемали Ботагоз\",\"birthDate\":\"1975-05-14\"}]}")), Change.by("test", "Kazakhstan's request"));
        fr.awaitConsumers();
        fr.compartments().assignUnassigned("inside");
        reviewer = TestUsers.create(fr, "reviewer", Role.REVIEWER, "inside");
        server = WebServer.start(fr, PORT);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {browser, server, fr, be}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the next one still closes
            }
        }
    }

    @Test
    void theStoredReportHoldsTheMatchAsAReferenceAndTheBandWaitsForIt() {
        ScreeningReport report = fr.screening().screen(RecordId.of(REQUEST), LocalDate.now());
        assertThat(report.partnerMatches()).singleElement().satisfies(m -> {
            assertThat(m.hit().asWritten()).isEqualTo("Джардемали Ботагоз");
            assertThat(m.hit().partner()).isEqualTo("be-fps-justice");
            assertThat(m.hit().group()).isEqualTo("protection");
            assertThat(m.hit().bulletin()).isEqualTo(bulletin);
            assertThat(m.hit().type()).isEqualTo(ProtectionStatus.Type.REFUGEE);
            assertThat(m.bar()).isTrue();
        });
        // flag 1 itself is not fired: nobody is identified; the possible match holds the band, provisionally
        assertThat(report.firedIds()).doesNotContain("TNR-01");
        assertThat(report.band()).isEqualTo(Band.SUSPEND_PENDING_IDENTIFICATION);
        assertThat(report.assessment().reasoning()).anyMatch(l -> l.contains("possible match") || l.contains("Possible match"))
                .anyMatch(l -> l.contains("be-fps-justice") && l.contains("through the channel"));
        // read back from the screening log, it is the same
        ScreeningReport stored = fr.screening().history(RecordId.of(REQUEST)).get(0).report();
        assertThat(stored.partnerMatches()).containsExactlyElementsOf(report.partnerMatches());
        assertThat(stored.band()).isEqualTo(Band.SUSPEND_PENDING_IDENTIFICATION);
        // screened as of a day before the bulletin came, the match was not known
        ScreeningReport before = fr.screening().preview(RecordId.of(REQUEST), LocalDate.now().minusDays(1), fr.registry());
        assertThat(before.partnerMatches()).isEmpty();
        assertThat(before.band()).isNotEqualTo(Band.SUSPEND_PENDING_IDENTIFICATION);
    }

    @Test
    void theReportsJsonCarriesTheMatchAndNoNameOfBelgiumsPerson() throws Exception {
        fr.screening().screen(RecordId.of(REQUEST), LocalDate.now());
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + PORT + "/api/records/" + REQUEST + "/screenings"))
                .header("Authorization", reviewer).header("X-Purpose", "federation test").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode latest = new ObjectMapper().readTree(answer.body()).get(0).get("report");
        JsonNode match = latest.get("partnerMatches").get(0);
        assertThat(match.get("partner").asText()).isEqualTo("be-fps-justice");
        assertThat(match.get("bulletin").asText()).isEqualTo(bulletin);
        assertThat(match.get("bar").asBoolean()).isTrue();
        assertThat(latest.at("/assessment/band").asText()).isEqualTo("SUSPEND_PENDING_IDENTIFICATION");
        for (String name : BELGIUMS_NAMES) {
            assertThat(answer.body()).doesNotContainIgnoringCase(name);
        }
    }

    @Test
    void theDossierSaysWhomToAsk() {
        Dossier d = DossierAssembly.of(fr.registry(), RecordId.of(REQUEST), Audience.MINISTRY, LocalDate.now(), Locale.ENGLISH,
                fr.federation().partnerProtection()).orElseThrow();
        assertThat(d.band()).contains(Band.SUSPEND_PENDING_IDENTIFICATION.name());
        assertThat(d.partnerMatches()).singleElement().satisfies(m -> {
            assertThat(m.partner()).isEqualTo("be-fps-justice");
            assertThat(m.bulletin()).isEqualTo(bulletin);
            assertThat(m.bar()).isTrue();
        });
        String html = new PdfDossier().html(d, Locale.FRENCH);
        assertThat(html).contains("pourrait être une personne protégée par le partenaire be-fps-justice")
                .contains("par le canal prévu").contains("suspendre dans l");
        for (String name : BELGIUMS_NAMES) {
            assertThat(html).doesNotContainIgnoringCase(name);
        }
        // without federation the same dossier has no match and no such band
        Dossier alone = DossierAssembly.of(fr.registry(), RecordId.of(REQUEST), Audience.MINISTRY, LocalDate.now(), Locale.ENGLISH).orElseThrow();
        assertThat(alone.partnerMatches()).isEmpty();
    }

    @Test
    void theReportPageShowsThePossibleMatchInChromium() {
        fr.screening().screen(RecordId.of(REQUEST), LocalDate.now());
        browser = Browser.open("http://localhost:" + PORT);
        browser.login("reviewer", TestUsers.PASSWORD);
        browser.go("/requests/" + REQUEST + "/report");
        if (browser.driver.getCurrentUrl().contains("/security/purpose")) {
            browser.find("#purpose").sendKeys("federation test, the report");
            browser.submitting(browser.find("main form"));
            browser.go("/requests/" + REQUEST + "/report");
        }
        String section = browser.text("#partner-matches");
        assertThat(section).contains("'Джардемали Ботагоз' may be a person protected by partner be-fps-justice (sharing group protection)")
                .contains("refugee, granted by Belgium, against Kazakhstan")
                .contains("Bulletin " + bulletin)
                .contains("Ask partner be-fps-justice through the channel");
        assertThat(browser.text(".summary-band")).contains("Suspend pending identification");
        String page = browser.driver.getPageSource();
        for (String name : BELGIUMS_NAMES) {
            assertThat(page).doesNotContainIgnoringCase(name);
        }
        browser.screenshot("partner-match-report");
    }
}
