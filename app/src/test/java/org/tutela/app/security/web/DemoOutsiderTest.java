package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.cli.TutelaCommand;
import org.tutela.app.web.WebServer;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.exchange.demo.DemoCase;
import org.tutela.json.RecordJson;
import picocli.CommandLine;

/**
 * The issue's own case, on the demo: the demo's outsider registers a request naming ДЖАРДЕМАЛИ Ботагоз and
 * reads its screenings, its report page and the alerts — also after a documenter of the seed case records
 * a new incident against her — and learns nothing of the seed case: no record id of it, no name of its
 * persons, not the new incident's text.
 */
class DemoOutsiderTest {
    static final String AS_WRITTEN = "ДЖАРДЕМАЛИ Ботагоз";
    static final String NEW_INCIDENT = "Officials of the host were pressed once more about her file";

    @TempDir
    Path dir;

    @Test
    void theOutsidersRequestNamingTheSeedPersonRevealsNothingOfTheSeedCase() throws Exception {
        CommandLine cli = TutelaCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("demo", "--no-serve", "--data", dir.resolve("demo").toString())).isZero();
        Map<String, String> passwords = new HashMap<>();
        Matcher m = Pattern.compile("^\\s+(demo-[a-z]+)\\s+(\\S+)\\s+", Pattern.MULTILINE).matcher(out.toString());
        while (m.find()) {
            passwords.put(m.group(1), m.group(2));
        }
        List<RegistryRecord> seed = DemoCase.records();
        RecordId her = seed.stream().filter(Person.class::isInstance).map(Person.class::cast)
                .filter(p -> p.names().stream().anyMatch(n -> n.full().contains("Jardemalie"))).findFirst().orElseThrow().id();

        try (Tutela tutela = Tutela.open(Settings.resolve(Optional.of(dir.resolve("demo")), Optional.empty(), java.util.Map.of()));
             ConfigurableApplicationContext server = WebServer.start(tutela, 0)) {
            String base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
            Browser outsider = new Browser(base);
            assertThat(outsider.login("demo-outsider", passwords.get("demo-outsider"), "").location()).doesNotContain("error");
            String token = outsider.get("/security/account").csrf().orElseThrow();
            Browser.Page created = outsider.postJson("/api/records", "{\"kind\":\"cooperation-request\",\"type\":\"MLA\","
                    + "\"requestingState\":\"KZ\",\"requestedState\":\"BE\",\"date\":\"2018-03-30\",\"persons\":[{\"asWritten\":\""
                    + AS_WRITTEN + "\",\"role\":\"TARGET\"}],\"offences\":[{\"description\":\"embezzlement\",\"category\":\"EMBEZZLEMENT\"}]}",
                    "X-CSRF-TOKEN", token);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = RecordJson.mapper().readTree(created.body()).get("record").get("id").asText();

            // what the seed case's documenter sees of the same name: she is found
            Browser documenter = new Browser(base);
            documenter.login("demo-documenter", passwords.get("demo-documenter"), "");
            assertThat(documenter.get("/api/search?q=" + java.net.URLEncoder.encode(AS_WRITTEN, java.nio.charset.StandardCharsets.UTF_8))
                    .body()).contains(her.value());

            List<String> pages = List.of("/api/records/" + id + "/screenings", "/api/records/" + id + "/screening.html",
                    "/requests/" + id + "/report", "/api/alerts", "/api/alerts?request=" + id, "/");
            List<String> leaks = new ArrayList<>(leaks(outsider, pages, seed));

            String documenterToken = documenter.get("/security/account").csrf().orElseThrow();
            Browser.Page incident = documenter.postJson("/api/records", "{\"kind\":\"incident\",\"tactic\":\"PRESSURE_ON_HOST_OFFICIALS\","
                    + "\"perpetratorState\":\"KZ\",\"actingParty\":\"STATE\",\"hostState\":\"BE\",\"targets\":[\"" + her.value() + "\"],"
                    + "\"date\":\"" + java.time.LocalDate.now().minusDays(1) + "\",\"summary\":\"" + NEW_INCIDENT + "\"}", "X-CSRF-TOKEN", documenterToken);
            assertThat(incident.status()).as(incident.body()).isEqualTo(201);
            for (int i = 0; i < 50 && !documenter.get("/api/alerts").body().contains(NEW_INCIDENT); i++) {
                Thread.sleep(100);
            }
            assertThat(documenter.get("/api/alerts").body()).as("the seed case's own alert tells of the incident").contains(NEW_INCIDENT);
            leaks.addAll(leaks(outsider, pages, seed));
            assertThat(leaks).isEmpty();
            assertThat(outsider.get("/api/records/" + id + "/screenings").status()).isEqualTo(200);
        }
    }

    /** What of the seed case each page shows the outsider: its record ids, its persons' names, the new incident's text. */
    static List<String> leaks(Browser outsider, List<String> pages, List<RegistryRecord> seed) throws Exception {
        // the rule pack's legal grounds cite public case law by the names of its parties: that is not the registry's
        String rulePack;
        try (var in = org.tutela.core.screening.RulePack.class.getResourceAsStream("red-flags.properties")) {
            rulePack = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        }
        Set<String> words = new TreeSet<>();
        for (RegistryRecord r : seed) {
            if (r instanceof Person p) {
                for (PersonName n : p.names()) {
                    for (String w : n.full().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                        // the outsider's own words for her are theirs to see
                        if (w.length() >= 5 && !AS_WRITTEN.toLowerCase(Locale.ROOT).contains(w) && !w.equals("botagoz")
                                && !rulePack.contains(w)) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        List<String> leaks = new ArrayList<>();
        for (String page : pages) {
            Browser.Page answer = outsider.get(page);
            String body = answer.body().toLowerCase(Locale.ROOT);
            assertThat(answer.status()).as(page).isEqualTo(200);
            seed.stream().map(r -> r.id().value()).filter(body::contains).forEach(i -> leaks.add(page + " shows the id " + i));
            words.stream().filter(w -> Pattern.compile("(?U)\\b" + Pattern.quote(w) + "\\b").matcher(body).find())
                    .forEach(w -> leaks.add(page + " shows the name " + w));
            if (body.contains(NEW_INCIDENT.toLowerCase(Locale.ROOT))) {
                leaks.add(page + " shows the new incident");
            }
        }
        return leaks;
    }
}
