package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.Caller;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.web.WebServer;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.storage.security.AuditEntry;
import org.tutela.storage.security.AuditKey;
import org.tutela.storage.security.AuditQuery;

/**
 * The audit log split by compartment, over a real server: oversight of one organisation sees none of
 * another's entries (record ids, search texts) on the API and on the page; name searches and record
 * queries are written with their question and the ids they returned.
 */
class AuditRemitTest {
    static final String PASSWORD = TestUsers.PASSWORD;
    static final String PURPOSE = "annual review of the case files";
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static RecordId inA;
    static RecordId inB;

    @BeforeAll
    static void start() throws Exception {
        tutela = Tutela.open(new Settings(dir.resolve("data"), Optional.empty()).withAuditKey(AuditKey.newKeyText()));
        inA = person("Sabina Kurmangazy", "case-a");
        inB = person("Olzhas Beisenbayev", "case-b");
        TestUsers.create(tutela, "doc-a", Role.DOCUMENTER, "case-a");
        TestUsers.create(tutela, "doc-b", Role.DOCUMENTER, "case-b");
        TestUsers.create(tutela, "oversight-a", Role.OVERSIGHT, "case-a");
        TestUsers.create(tutela, "oversight-b", Role.OVERSIGHT, "case-b");
        TestUsers.create(tutela, "admin", Role.ADMINISTRATOR, "case-b");
        server = WebServer.start(tutela, 0, "--tutela.rate.logins-per-minute=1000");
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");

        // compartment A's activity: a read, a name search, a records query, a page search, a change, and B's probe of A's record
        Browser api = new Browser(base);
        String docA = TestUsers.basic("doc-a", PASSWORD);
        assertThat(api.get("/api/records/" + inA.value(), "Authorization", docA).status()).isEqualTo(200);
        assertThat(api.get("/api/search?q=Kurmangazy", "Authorization", docA).body()).contains(inA.value());
        assertThat(api.get("/api/records?q=Sabina", "Authorization", docA).body()).contains(inA.value());
        Browser page = new Browser(base);
        page.login("doc-a", PASSWORD, "");
        assertThat(page.get("/search?q=Sabina+Kurmangazi").body()).contains("Sabina Kurmangazy");
        tutela.registryFor(() -> Optional.of(new Caller("doc-a", Role.DOCUMENTER, Set.of("case-a"), Optional.empty(), Optional.empty())))
                .saveAll(List.of(new Person(RecordId.of("person-remit-new"), List.of(PersonName.of("Aigerim Dzhaksybekova", PersonName.Kind.PRIMARY)),
                        Optional.empty(), Optional.empty(), List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none())),
                        Change.by("doc-a", "a new file"));
        assertThat(api.get("/api/records/" + inA.value(), "Authorization", TestUsers.basic("doc-b", PASSWORD)).status()).isEqualTo(404);
        // and B's own
        assertThat(api.get("/api/search?q=Beisenbayev", "Authorization", TestUsers.basic("doc-b", PASSWORD)).body()).contains(inB.value());
    }

    static RecordId person(String name, String compartment) {
        RecordId id = RecordId.of("person-remit-" + compartment);
        tutela.registry().save(new Person(id, List.of(PersonName.of(name, PersonName.Kind.PRIMARY)), Optional.empty(), Optional.empty(),
                List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none()), 0, Change.by("test", "fixture"));
        tutela.compartments().assign(List.of(id.value()), compartment);
        return id;
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    static final List<String> OF_A = List.of("person-remit-case-a", "Kurmangazy", "Sabina", "person-remit-new", "Dzhaksybekova");

    @Test
    void oversightOfBSeesNoneOfAsEntriesOnTheApi() throws Exception {
        Browser.Page answer = new Browser(base).get("/api/audit?limit=1000", "Authorization", TestUsers.basic("oversight-b", PASSWORD),
                "X-Purpose", PURPOSE);
        assertThat(answer.status()).isEqualTo(200);
        for (String marker : OF_A) {
            assertThat(answer.body()).as("oversight of B reads " + marker).doesNotContain(marker);
        }
        assertThat(answer.body()).as("B's own search, with its question").contains("name search 'Beisenbayev'").contains(inB.value());
    }

    @Test
    void oversightOfBSeesNoneOfAsEntriesOnThePageWhichAsksForAPurpose() throws Exception {
        Browser b = new Browser(base);
        b.login("oversight-b", PASSWORD, "");
        Browser.Page unasked = b.get("/security/audit");
        assertThat(unasked.status()).isEqualTo(302);
        assertThat(unasked.location()).contains("/security/purpose");
        String token = b.get("/security/purpose").csrf().orElseThrow();
        b.post("/security/purpose", Map.of("purpose", PURPOSE, "_csrf", token));
        Browser.Page page = b.get("/security/audit");
        assertThat(page.status()).isEqualTo(200);
        for (String marker : OF_A) {
            assertThat(page.body()).as("oversight of B reads " + marker).doesNotContain(marker);
        }
        assertThat(page.body()).contains("Beisenbayev");
    }

    @Test
    void oversightLearnsWhetherTheChainIsIntactButNotHowManyEntriesItHoldsWhichAdministratorsDo() throws Exception {
        String asOversight = new Browser(base).get("/api/audit/verify", "Authorization", TestUsers.basic("oversight-b", PASSWORD),
                "X-Purpose", PURPOSE).body();
        // this server's chain has no signed checkpoints, so it is not shown intact; what matters is what each may learn
        assertThat(asOversight).matches("\\{\"intact\":(true|false)\\}");
        String asAdministrator = new Browser(base).get("/api/audit/verify", "Authorization", TestUsers.basic("admin", PASSWORD),
                "X-Purpose", PURPOSE).body();
        assertThat(asAdministrator).contains("\"entries\":").contains("headHash").contains("firstBroken");
    }

    @Test
    void theApiAsksOversightForAPurpose() throws Exception {
        assertThat(new Browser(base).get("/api/audit", "Authorization", TestUsers.basic("oversight-b", PASSWORD)).status()).isEqualTo(400);
    }

    @Test
    void oversightOfASeesAsReadsSearchesChangesAndBsProbe() throws Exception {
        String body = new Browser(base).get("/api/audit?limit=1000", "Authorization", TestUsers.basic("oversight-a", PASSWORD),
                "X-Purpose", PURPOSE).body();
        assertThat(body).contains(inA.value()).contains("name search 'Kurmangazy'").contains("person-remit-new")
                .doesNotContain("Beisenbayev").doesNotContain(inB.value());
        List<AuditEntry> asA = tutela.audit().search(AuditQuery.latest(1000), Role.OVERSIGHT, Set.of("case-a"));
        assertThat(asA).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("doc-b");
            assertThat(e.outcome()).isEqualTo(AuditTrail.DENIED);
            assertThat(e.target()).isEqualTo(inA.value());
        });
        assertThat(tutela.audit().search(AuditQuery.latest(1000), Role.OVERSIGHT, Set.of("case-b")))
                .as("B's oversight does not learn that its user probed an id that exists elsewhere")
                .noneMatch(e -> e.target().contains(inA.value()));
    }

    @Test
    void administratorsSeeEveryEntryAndOtherRolesNone() throws Exception {
        List<AuditEntry> all = tutela.audit().search(AuditQuery.latest(1000), Role.ADMINISTRATOR, Set.of("case-b"));
        assertThat(all).anyMatch(e -> e.target().contains("Kurmangazy")).anyMatch(e -> e.target().contains("Beisenbayev"));
        assertThat(tutela.audit().search(AuditQuery.latest(1000), Role.DOCUMENTER, Set.of("case-a"))).isEmpty();
        assertThat(new Browser(base).get("/api/audit", "Authorization", TestUsers.basic("doc-a", PASSWORD)).status()).isEqualTo(403);
    }

    @Test
    void everySearchIsWrittenWithItsQuestionAndTheIdsItReturned() {
        List<AuditEntry> searches = tutela.audit().search(new AuditQuery(Optional.of("doc-a"), Optional.of(AuditTrail.SEARCH),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 100));
        assertThat(searches).anySatisfy(e -> {
            assertThat(e.target()).isEqualTo("name search 'Kurmangazy'");
            assertThat(e.detail()).contains(inA.value());
            assertThat(e.compartments()).containsExactly("case-a");
        });
        assertThat(searches).as("the page's name search").anySatisfy(e -> {
            assertThat(e.target()).isEqualTo("name search 'Sabina Kurmangazi'");
            assertThat(e.detail()).contains(inA.value());
        });
        assertThat(searches).as("the records query").anySatisfy(e -> {
            assertThat(e.target()).contains("text 'Sabina'");
            assertThat(e.detail()).contains(inA.value());
        });
        assertThat(tutela.audit().search(new AuditQuery(Optional.of("doc-a"), Optional.of(AuditTrail.CHANGE),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 100)))
                .as("a new record's change entry concerns the compartment it was put in, in the same transaction")
                .singleElement().satisfies(e -> assertThat(e.compartments()).containsExactly("case-a"));
    }
}
