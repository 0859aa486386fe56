package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.security.Totp;
import org.tutela.app.web.WebServer;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Samples;
import org.tutela.storage.security.AuditEntry;
import org.tutela.storage.security.AuditQuery;

/** The attacks the issue names, tried against a real server over HTTP, and refused. */
class WebAttacksTest {
    static final String PASSWORD = TestUsers.PASSWORD;
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static RecordId other = RecordId.of("person-attacks-other");

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        tutela.compartments().assignUnassigned("case-a");
        tutela.registry().save(new Person(other, List.of(PersonName.of("Zarina Tulegenova", PersonName.Kind.PRIMARY)), Optional.empty(),
                Optional.empty(), List.of(), List.of(), java.util.Set.of(), Optional.empty(), Provenance.none()), Change.by("test", "another organisation's file"));
        tutela.compartments().assign(List.of(other.value()), "case-b");
        for (Role role : Role.values()) {
            TestUsers.create(tutela, role.name().toLowerCase(), role, "case-a");
        }
        TestUsers.create(tutela, "outsider", Role.DOCUMENTER, "case-b");
        // the login limits are raised here (many logins and failures from one address); RateLimitTest keeps the defaults
        server = WebServer.start(tutela, 0, "--tutela.rate.logins-per-minute=1000", "--tutela.rate.failures-per-minute=1000");
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    Browser browser() {
        return new Browser(base);
    }

    @Test
    void loginChangesTheSessionIdAndTheOldOneIsWorthless() throws Exception {
        Browser b = browser();
        b.get("/login");
        String before = b.session();
        assertThat(before).as("the login page's session, which an attacker could have planted").isNotNull();
        Browser.Page login = b.login("documenter", PASSWORD, "");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).doesNotContain("error");
        assertThat(b.session()).isNotNull().isNotEqualTo(before);
        assertThat(b.get("/api/account").body()).contains("\"name\":\"documenter\"");

        Browser attacker = browser();
        attacker.cookies.put(SecurityConfig.SESSION_COOKIE, before);
        assertThat(attacker.get("/api/account").status()).isEqualTo(401);
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndStrict() throws Exception {
        Browser b = browser();
        b.login("analyst", PASSWORD, "");
        assertThat(b.setCookies).filteredOn(c -> c.startsWith(SecurityConfig.SESSION_COOKIE + "="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("Secure").contains("SameSite=Strict"));
    }

    @Test
    void aForgedFormWithoutTheTokenIsRefused() throws Exception {
        Browser b = browser();
        b.login("documenter", PASSWORD, "");
        int epoch = tutela.accounts().find("documenter").orElseThrow().sessionEpoch();
        Browser.Page forged = b.post("/security/logout-everywhere", Map.of());
        assertThat(forged.status()).isEqualTo(403);
        Browser.Page wrongToken = b.post("/security/logout-everywhere", Map.of("_csrf", "forged-token"));
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(tutela.accounts().find("documenter").orElseThrow().sessionEpoch()).as("nothing happened").isEqualTo(epoch);

        // the API with the session cookie alone (what a forged cross-site request would carry) writes nothing
        String person = "{\"kind\":\"person\",\"id\":\"person-csrf-1\",\"names\":[{\"full\":\"Forged Entry\",\"kind\":\"PRIMARY\"}]}";
        assertThat(b.postJson("/api/records", person).status()).isEqualTo(403);
        assertThat(tutela.registry().get(RecordId.of("person-csrf-1"))).isEmpty();
    }

    @Test
    void logoutEverywhereEndsEverySessionOfTheUser() throws Exception {
        Browser laptop = browser();
        Browser phone = browser();
        laptop.login("oversight", PASSWORD, "");
        phone.login("oversight", PASSWORD, "");
        assertThat(phone.get("/api/account").status()).isEqualTo(200);
        String token = laptop.get("/security/account").csrf().orElseThrow();
        assertThat(laptop.post("/security/logout-everywhere", Map.of("_csrf", token)).status()).isEqualTo(302);
        assertThat(phone.get("/api/account").status()).isEqualTo(401);
        assertThat(laptop.get("/api/account").status()).isEqualTo(401);
        Browser again = browser();
        again.login("oversight", PASSWORD, "");
        assertThat(again.get("/api/account").status()).as("a new login works").isEqualTo(200);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        TestUsers.create(tutela, "victim", Role.DOCUMENTER, "case-a");
        Browser attacker = browser();
        for (int i = 0; i < 6; i++) {
            assertThat(attacker.login("victim", "guess number " + i, "").location()).contains("/login?error");
        }
        Browser owner = browser();
        assertThat(owner.login("victim", PASSWORD, "").location()).as("locked: refused like a wrong password").contains("/login?error");
        assertThat(owner.get("/api/account", "Authorization", TestUsers.basic("victim", PASSWORD)).status()).isEqualTo(401);
        assertThat(tutela.accounts().find("victim").orElseThrow().lockedAt(Instant.now())).isTrue();
        assertThat(tutela.audit().search(new AuditQuery(Optional.of("victim"), Optional.of(AuditTrail.LOGIN), Optional.empty(),
                Optional.of(AuditTrail.DENIED), Optional.empty(), Optional.empty(), 100))).hasSizeGreaterThanOrEqualTo(7);

        tutela.accounts().unlock("victim", "test");
        assertThat(browser().login("victim", PASSWORD, "").location()).doesNotContain("error");
    }

    @Test
    void theSecondFactorIsRequiredOnceEnrolledAndRecoveryCodesWorkOnce() throws Exception {
        TestUsers.create(tutela, "twofactor", Role.ANALYST, "case-a");
        var factor = tutela.accounts().enrolSecondFactor("twofactor", "test");
        assertThat(browser().login("twofactor", PASSWORD, "").location()).contains("error");
        assertThat(browser().login("twofactor", PASSWORD, "000000".equals(Totp.code(factor.secret(), Instant.now())) ? "111111" : "000000")
                .location()).contains("error");
        assertThat(browser().login("twofactor", PASSWORD, Totp.code(factor.secret(), Instant.now())).location()).doesNotContain("error");
        // each code works once: the next step's code (within the window) for the API call
        assertThat(browser().get("/api/account", "Authorization", TestUsers.basic("twofactor", PASSWORD),
                LoginDetails.CODE_HEADER, Totp.code(factor.secret(), Instant.now().plusSeconds(30))).status()).isEqualTo(200);
        String recovery = factor.recoveryCodes().get(0);
        assertThat(browser().login("twofactor", PASSWORD, recovery).location()).doesNotContain("error");
        assertThat(browser().login("twofactor", PASSWORD, recovery).location()).as("used up").contains("error");
        tutela.accounts().unlock("twofactor", "test");
    }

    @Test
    void anAddressThatIsNoRouteIsNotFoundNotForbidden() throws Exception {
        String documenter = TestUsers.basic("documenter", PASSWORD);
        assertThat(browser().get("/nowhere", "Authorization", documenter).status()).isEqualTo(404);
        assertThat(browser().get("/api/nowhere", "Authorization", documenter).status()).isEqualTo(404);
        assertThat(browser().get("/api/audit", "Authorization", documenter).status()).as("a route the role may not use").isEqualTo(403);
    }

    @Test
    void strictHeadersOnEveryAnswer() throws Exception {
        for (String path : List.of("/login", "/api/records/" + Samples.TARGET)) {
            Browser.Page page = browser().get(path, "Authorization", TestUsers.basic("documenter", PASSWORD));
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).contains(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
        assertThat(browser().get("/login").body()).doesNotContain("<script").doesNotContain("style=");
    }

    @Test
    void aStoredScriptComesBackAsTextNeverAsMarkup() throws Exception {
        String script = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        String reviewer = TestUsers.basic("reviewer", PASSWORD);
        Browser api = browser();
        String person = "{\"kind\":\"person\",\"names\":[{\"full\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(script)
                + ",\"kind\":\"PRIMARY\"}]}";
        Browser.Page created = api.postJson("/api/records", person, "Authorization", reviewer, "X-Purpose", script);
        assertThat(created.status()).isEqualTo(201);
        String id = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(created.body()).at("/record/id").asText();
        Browser.Page json = api.get("/api/records/" + id, "Authorization", reviewer, "X-Purpose", script);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        // the purpose (free text from the caller) is shown on the audit page, escaped
        Browser admin = browser();
        admin.login("administrator", PASSWORD, "");
        Browser.Page page = admin.get("/security/audit?actor=reviewer");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(").doesNotContain("<script>").doesNotContain("<img src=x");
    }

    @Test
    void outsideTheCompartmentARecordIsExactlyAsAbsentAsOneThatNeverExisted() throws Exception {
        String outsider = TestUsers.basic("outsider", PASSWORD);
        for (String suffix : List.of("", "/history", "/dossier")) {
            Browser.Page protectedOne = browser().get("/api/records/" + Samples.TARGET + suffix, "Authorization", outsider);
            Browser.Page missing = browser().get("/api/records/person-never-was" + suffix, "Authorization", outsider);
            assertThat(protectedOne.status()).as(suffix).isEqualTo(404).isEqualTo(missing.status());
            assertThat(protectedOne.body().replace(Samples.TARGET.value(), "ID")).as(suffix)
                    .isEqualTo(missing.body().replace("person-never-was", "ID"));
        }
        // and the other way round: the outsider's own record is invisible to case-a
        assertThat(browser().get("/api/records/" + other, "Authorization", TestUsers.basic("documenter", PASSWORD)).status()).isEqualTo(404);
        assertThat(browser().get("/api/records/" + other, "Authorization", outsider).status()).isEqualTo(200);
        // searches hold only what the caller may see
        assertThat(browser().get("/api/records?kind=person&limit=1000", "Authorization", outsider).body())
                .contains(other.value()).doesNotContain(Samples.TARGET.value());
        // anonymous callers learn nothing either
        Browser.Page anonymousProtected = browser().get("/api/records/" + Samples.TARGET);
        Browser.Page anonymousMissing = browser().get("/api/records/person-never-was");
        assertThat(anonymousProtected.status()).isEqualTo(401).isEqualTo(anonymousMissing.status());
        assertThat(anonymousProtected.body()).isEqualTo(anonymousMissing.body());
        // the refusal is in the audit log, under the outsider's name
        assertThat(tutela.audit().search(new AuditQuery(Optional.of("outsider"), Optional.of(AuditTrail.READ), Optional.of(Samples.TARGET.value()),
                Optional.of(AuditTrail.DENIED), Optional.empty(), Optional.empty(), 10))).isNotEmpty();
    }

    @Test
    void theNameSearchAndTheScreeningKeepToTheCallersCompartments() throws Exception {
        String outsider = TestUsers.basic("outsider", PASSWORD);
        String insider = TestUsers.basic("documenter", PASSWORD);
        assertThat(browser().get("/api/search?q=Kavalenka", "Authorization", insider).body()).contains(Samples.TARGET.value());
        assertThat(browser().get("/api/search?q=Kavalenka", "Authorization", outsider).body()).doesNotContain(Samples.TARGET.value());
        assertThat(browser().get("/api/search?q=Tulegenova", "Authorization", outsider).body()).contains(other.value());
        assertThat(browser().get("/api/search?q=Tulegenova", "Authorization", insider).body()).doesNotContain(other.value());
        // the search page the same way, by name and by text in the label
        assertThat(browser().get("/search?q=Kavalenka", "Authorization", insider).body()).contains(Samples.TARGET.value());
        assertThat(browser().get("/search?q=Kavalenka", "Authorization", outsider).body()).doesNotContain(Samples.TARGET.value());
        assertThat(browser().get("/search?q=Tulegenova", "Authorization", insider).body()).doesNotContain(other.value());

        Browser.Page screened = browser().request("POST", "/api/records/" + Samples.REQUEST + "/screenings", null, "Authorization", outsider);
        Browser.Page never = browser().request("POST", "/api/records/request-never-was/screenings", null, "Authorization", outsider);
        assertThat(screened.status()).isEqualTo(404).isEqualTo(never.status());
        assertThat(browser().get("/api/alerts", "Authorization", outsider).body()).doesNotContain(Samples.REQUEST.value());
    }

    @Test
    void aWriteCannotReachIntoAnotherCompartment() throws Exception {
        String outsider = TestUsers.basic("outsider", PASSWORD);
        String revised = "{\"names\":[{\"full\":\"Overwritten\",\"kind\":\"PRIMARY\"}]}";
        Browser b = browser();
        assertThat(b.send("PUT", "/api/records/" + Samples.TARGET, revised, outsider).status()).isEqualTo(404);
        assertThat(b.send("DELETE", "/api/records/" + Samples.TARGET, null, outsider).status()).isEqualTo(404);
        String reference = "{\"kind\":\"relationship\",\"type\":\"FAMILY\",\"from\":\"" + other + "\",\"to\":\"" + Samples.TARGET + "\"}";
        Browser.Page linked = b.postJson("/api/records", reference, "Authorization", outsider);
        Browser.Page linkedToNothing = b.postJson("/api/records", reference.replace(Samples.TARGET.value(), "person-never-was"), "Authorization", outsider);
        assertThat(linked.status()).isEqualTo(422).isEqualTo(linkedToNothing.status());
        assertThat(tutela.registry().get(Samples.TARGET).orElseThrow().label()).doesNotContain("Overwritten");
    }

    @Test
    void reviewersMustStateWhyTheyReadAndTheAuditKeepsIt() throws Exception {
        String reviewer = TestUsers.basic("reviewer", PASSWORD);
        Browser.Page without = browser().get("/api/records/" + Samples.TARGET, "Authorization", reviewer);
        assertThat(without.status()).isEqualTo(400);
        assertThat(without.body()).contains("X-Purpose");
        String purpose = "extradition file 2024/17, admissibility step " + System.nanoTime();
        assertThat(browser().get("/api/records/" + Samples.TARGET, "Authorization", reviewer, "X-Purpose", purpose).status()).isEqualTo(200);
        List<AuditEntry> reads = tutela.audit().search(new AuditQuery(Optional.of("reviewer"), Optional.of(AuditTrail.READ),
                Optional.of(Samples.TARGET.value()), Optional.of(AuditTrail.ALLOWED), Optional.empty(), Optional.empty(), 10));
        assertThat(reads).extracting(AuditEntry::purpose).contains(purpose);

        // on pages: sent to state it once for the session
        Browser b = browser();
        b.login("reviewer", PASSWORD, "");
        Browser.Page sent = b.get("/api/records/" + Samples.TARGET);
        assertThat(sent.status()).isEqualTo(400);
        Browser.Page form = b.get("/security/purpose?next=/api/account");
        Browser.Page stated = b.post("/security/purpose", Map.of("purpose", purpose, "next", "/api/account", "_csrf", form.csrf().orElseThrow()));
        assertThat(stated.location()).endsWith("/api/account");
        assertThat(b.get("/api/records/" + Samples.TARGET).status()).isEqualTo(200);
        assertThat(b.post("/security/purpose", Map.of("purpose", purpose, "next", "https://evil.example/", "_csrf",
                b.get("/security/purpose").csrf().orElseThrow())).location()).as("no open redirect").doesNotContain("evil");
    }
}
