package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.cli.TutelaCommand;
import org.tutela.app.web.WebServer;
import picocli.CommandLine;

/** A newcomer runs the demo, logs in with a printed account, and each demo role sees what it should. */
class DemoLoginTest {
    @TempDir
    Path dir;

    @Test
    void theDemoPrintsWorkingAccountsAndTheOutsiderSeesNothingOfTheSeedCase() throws Exception {
        CommandLine cli = TutelaCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("demo", "--no-serve", "--data", dir.resolve("demo").toString())).isZero();
        String printed = out.toString();
        assertThat(printed).contains("DEMO ONLY");
        Map<String, String> passwords = new HashMap<>();
        Matcher m = Pattern.compile("^\\s+(demo-[a-z]+)\\s+(\\S+)\\s+", Pattern.MULTILINE).matcher(printed);
        while (m.find()) {
            passwords.put(m.group(1), m.group(2));
        }
        assertThat(passwords).containsKeys("demo-administrator", "demo-documenter", "demo-reviewer", "demo-oversight", "demo-analyst",
                "demo-outsider");

        // the demo is encrypted: its keys are found beside it, as the command line finds them
        try (Tutela tutela = Tutela.open(Settings.resolve(Optional.of(dir.resolve("demo")), Optional.empty(), Map.of()));
             ConfigurableApplicationContext server = WebServer.start(tutela, 0)) {
            String base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
            Browser newcomer = new Browser(base);
            assertThat(newcomer.login("demo-documenter", passwords.get("demo-documenter"), "").location()).doesNotContain("error");
            assertThat(newcomer.get("/api/records/person-csgj5chf4d").status()).isEqualTo(200);

            Browser outsider = new Browser(base);
            assertThat(outsider.login("demo-outsider", passwords.get("demo-outsider"), "").location()).doesNotContain("error");
            assertThat(outsider.get("/api/records/person-csgj5chf4d").status()).isEqualTo(404);
            assertThat(outsider.get("/api/records?kind=person").body()).doesNotContain("person-csgj5chf4d");

            Browser analyst = new Browser(base);
            analyst.login("demo-analyst", passwords.get("demo-analyst"), "");
            assertThat(analyst.get("/api/records/person-csgj5chf4d").status()).isEqualTo(200);
            assertThat(analyst.get("/api/audit").status()).isEqualTo(403);

            Browser oversight = new Browser(base);
            oversight.login("demo-oversight", passwords.get("demo-oversight"), "");
            assertThat(oversight.get("/api/audit?actor=demo-outsider&purpose=quarterly+review").body()).contains("DENIED");
        }
    }
}
