package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.ApiTokens;
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
import org.tutela.storage.security.AuditEntry;
import org.tutela.storage.security.AuditQuery;

/** API access tokens over real HTTP: what they grant, how they shrink with their owner, and how they end. */
class AccessTokensTest {
    static final String PASSWORD = TestUsers.PASSWORD;
    static final Pattern TOKEN = Pattern.compile("(tutela_[A-Za-z0-9_-]{43})");
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static RecordId other = RecordId.of("person-tokens-other");

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        tutela.compartments().assignUnassigned("case-a");
        tutela.registry().save(new Person(other, List.of(PersonName.of("Zarina Tulegenova", PersonName.Kind.PRIMARY)), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none()), Change.by("test", "another file"));
        tutela.compartments().assign(List.of(other.value()), "case-b");
        server = WebServer.start(tutela, 0);
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

    static String bearer(ApiTokens.Issued issued) {
        return "Bearer " + issued.secret();
    }

    int read(String authorization, RecordId id) throws Exception {
        return browser().get("/api/records/" + id, "Authorization", authorization).status();
    }

    @Test
    void aTokenReadsAndWritesAsItsOwnerWithinItsCompartmentsAndIsAudited() throws Exception {
        TestUsers.create(tutela, "dora", Role.DOCUMENTER, "case-a", "case-b");
        ApiTokens.Issued both = tutela.tokens().create("dora", Optional.empty(), Set.of(), Duration.ofDays(1), "both", "test");
        ApiTokens.Issued onlyB = tutela.tokens().create("dora", Optional.empty(), Set.of("case-b"), Duration.ofDays(1), "only b", "test");
        assertThat(both.secret()).matches(TOKEN).hasSize("tutela_".length() + 43);
        assertThat(read(bearer(both), Samples.TARGET)).isEqualTo(200);
        assertThat(read(bearer(both), other)).isEqualTo(200);
        assertThat(read(bearer(onlyB), Samples.TARGET)).as("outside the token's compartments").isEqualTo(404);
        assertThat(read(bearer(onlyB), other)).isEqualTo(200);

        // a write with a bearer token needs no CSRF token (no browser sends one by itself) and is recorded under the owner
        String person = "{\"kind\":\"person\",\"names\":[{\"full\":\"Token Written\",\"kind\":\"PRIMARY\"}]}";
        Browser.Page created = browser().postJson("/api/records", person, "Authorization", bearer(onlyB), "X-Compartment", "case-b");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(tutela.registry().all(Person.class)).anySatisfy(p -> assertThat(p.label()).contains("Token Written"));

        List<AuditEntry> uses = tutela.audit().search(new AuditQuery(Optional.of("dora"), Optional.of(AuditTrail.LOGIN), Optional.empty(),
                Optional.of(AuditTrail.ALLOWED), Optional.empty(), Optional.empty(), 100));
        assertThat(uses).extracting(AuditEntry::detail).anySatisfy(d -> assertThat(d).contains(both.token().id()).contains("used from"));
        List<AuditEntry> account = tutela.audit().search(new AuditQuery(Optional.empty(), Optional.of(AuditTrail.ACCOUNT), Optional.of("dora"),
                Optional.empty(), Optional.empty(), Optional.empty(), 100));
        assertThat(account).extracting(AuditEntry::detail).anySatisfy(d -> assertThat(d).contains(onlyB.token().id()).contains("created"));
        List<AuditEntry> everything = tutela.audit().search(new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 1000));
        assertThat(everything).as("the token itself is never written down")
                .noneMatch(e -> e.detail().contains(both.secret()) || e.target().contains(both.secret()));
    }

    @Test
    void aTokenNeverGrantsMoreThanItsOwnerHasNow() throws Exception {
        TestUsers.create(tutela, "erik", Role.DOCUMENTER, "case-a");
        assertThatThrownBy(() -> tutela.tokens().create("erik", Optional.of(Role.ADMINISTRATOR), Set.of(), Duration.ofDays(1), "", "test"))
                .hasMessageContaining("more rights than its owner");
        assertThatThrownBy(() -> tutela.tokens().create("erik", Optional.empty(), Set.of("case-b"), Duration.ofDays(1), "", "test"))
                .hasMessageContaining("not in [case-b]");
        ApiTokens.Issued token = tutela.tokens().create("erik", Optional.empty(), Set.of(), Duration.ofDays(1), "", "test");
        String person = "{\"kind\":\"person\",\"names\":[{\"full\":\"Shrinking Token\",\"kind\":\"PRIMARY\"}]}";

        tutela.accounts().setRole("erik", Role.ANALYST, "test");
        assertThat(read(bearer(token), Samples.TARGET)).isEqualTo(200);
        assertThat(browser().postJson("/api/records", person, "Authorization", bearer(token)).status())
                .as("the owner may no longer write, so neither may the token").isEqualTo(403);

        tutela.accounts().revoke("erik", "case-a", "test");
        assertThat(read(bearer(token), Samples.TARGET)).as("the owner left the compartment").isEqualTo(404);

        tutela.accounts().grant("erik", "case-a", "test");
        tutela.accounts().setRole("erik", Role.DOCUMENTER, "test");
        assertThat(read(bearer(token), Samples.TARGET)).isEqualTo(200);
        tutela.accounts().setDisabled("erik", true, "test");
        assertThat(read(bearer(token), Samples.TARGET)).as("a disabled owner's tokens are dead").isEqualTo(401);
        tutela.accounts().setDisabled("erik", false, "test");
        assertThat(read(bearer(token), Samples.TARGET)).isEqualTo(200);

        // a reviewer must state a purpose; a token of a role that need not is not to be had
        TestUsers.create(tutela, "rita", Role.REVIEWER, "case-a");
        assertThatThrownBy(() -> tutela.tokens().create("rita", Optional.of(Role.DOCUMENTER), Set.of(), Duration.ofDays(1), "", "test"))
                .hasMessageContaining("more rights than its owner");
        ApiTokens.Issued reviewer = tutela.tokens().create("rita", Optional.empty(), Set.of(), Duration.ofDays(1), "", "test");
        assertThat(read(bearer(reviewer), Samples.TARGET)).isEqualTo(400);
        assertThat(browser().get("/api/records/" + Samples.TARGET, "Authorization", bearer(reviewer), "X-Purpose", "file 2026/4").status()).isEqualTo(200);
    }

    @Test
    void theApiDescriptionOffersBearerTokensBesideBasic() throws Exception {
        TestUsers.create(tutela, "olga", Role.ANALYST, "case-a");
        String token = bearer(tutela.tokens().create("olga", Optional.empty(), Set.of(), Duration.ofDays(1), "", "test"));
        Browser.Page doc = browser().get("/api/openapi", "Authorization", token);
        assertThat(doc.status()).isEqualTo(200);
        var schemes = new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc.body()).at("/components/securitySchemes");
        assertThat(schemes.at("/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.at("/basicAuth/scheme").asText()).isEqualTo("basic");
    }

    @Test
    void revokedUnknownAndMalformedTokensGet401() throws Exception {
        TestUsers.create(tutela, "fay", Role.ANALYST, "case-a");
        ApiTokens.Issued token = tutela.tokens().create("fay", Optional.empty(), Set.of(), Duration.ofDays(1), "", "test");
        assertThat(read(bearer(token), Samples.TARGET)).isEqualTo(200);
        tutela.tokens().revoke(Optional.of("fay"), token.token().id(), "fay");
        assertThat(read(bearer(token), Samples.TARGET)).isEqualTo(401);
        assertThat(read("Bearer tutela_" + "A".repeat(43), Samples.TARGET)).isEqualTo(401);
        assertThat(read("Bearer nonsense", Samples.TARGET)).isEqualTo(401);
        assertThatThrownBy(() -> tutela.tokens().revoke(Optional.of("someone-else"), token.token().id(), "someone-else"))
                .hasMessageContaining("no access token");
    }

    @Test
    void theAccountPageCreatesShowsOnceListsAndRevokesTokens() throws Exception {
        TestUsers.create(tutela, "gus", Role.DOCUMENTER, "case-a", "case-b");
        Browser b = browser();
        b.login("gus", PASSWORD, "");
        Browser.Page account = b.get("/security/account");
        assertThat(account.status()).isEqualTo(200);
        Browser.Page created = b.post("/security/tokens", Map.of("label", "nightly export", "compartment", "case-a", "days", "7",
                "_csrf", account.csrf().orElseThrow()));
        assertThat(created.status()).isEqualTo(200);
        Matcher m = TOKEN.matcher(created.body());
        assertThat(m.find()).as("the page shows the token once").isTrue();
        String secret = m.group(1);
        assertThat(read("Bearer " + secret, Samples.TARGET)).isEqualTo(200);
        assertThat(read("Bearer " + secret, other)).as("only case-a was ticked").isEqualTo(404);

        Browser.Page listed = b.get("/security/account");
        assertThat(listed.body()).contains("nightly export").doesNotContain(secret);
        String id = tutela.tokens().of("gus").get(0).id();
        assertThat(listed.body()).contains(id);
        Browser.Page revoked = b.post("/security/tokens/" + id + "/revoke", Map.of("_csrf", listed.csrf().orElseThrow()));
        assertThat(revoked.location()).contains("/security/account");
        assertThat(read("Bearer " + secret, Samples.TARGET)).isEqualTo(401);

        Browser.Page tooMuch = b.post("/security/tokens", Map.of("role", "ADMINISTRATOR", "_csrf", b.get("/security/account").csrf().orElseThrow()));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("more rights than its owner");
        // another user cannot revoke gus's token through the page
        String other = tutela.tokens().create("gus", Optional.empty(), Set.of(), Duration.ofDays(1), "", "test").token().id();
        TestUsers.create(tutela, "hal", Role.DOCUMENTER, "case-a");
        Browser h = browser();
        h.login("hal", PASSWORD, "");
        assertThat(h.post("/security/tokens/" + other + "/revoke", Map.of("_csrf", h.get("/security/account").csrf().orElseThrow())).status())
                .isEqualTo(400);
        assertThat(tutela.tokens().of("gus")).filteredOn(t -> t.id().equals(other)).allMatch(t -> t.revokedAt().isEmpty());
    }
}
