package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.ScreeningReport;

/**
 * Federation and compartments: a bulletin is drafted from what one compartment may see, so a decision of another
 * compartment cannot leave; what a partner's bulletins become is written into the compartment the administrator
 * set for that partner, and only screenings in that compartment read it.
 */
class FederationCompartmentsTest {
    @TempDir
    static Path dir;
    static Path li;
    static Path be;

    static Cli.Run ok(String... args) {
        Cli.Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    static String publicKey(Path data) {
        Matcher m = Pattern.compile("public key (\\S+)").matcher(ok("federation", "key", "--data", data.toString()).out());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @BeforeAll
    static void twoInstallations() throws Exception {
        li = dir.resolve("li");
        be = dir.resolve("be");
        Path records = dir.resolve("li-records.jsonl");
        Files.writeString(records, """
                {"kind":"cooperation-request","id":"request-kz-li-mla-2019","type":"MLA","requestingState":"KZ","requestedState":"LI","date":"2019-06-14","referenceNumbers":["170000131000012"],"persons":[{"asWritten":"Yerimbetov Iskander"}]}
                {"kind":"decision","id":"decision-li-refusal-2019","subject":"request-kz-li-mla-2019","state":"LI","date":"2019-12-05","outcome":"REFUSED","grounds":["POLITICAL_MOTIVATION"]}
                {"kind":"cooperation-request","id":"request-kz-li-ngo-2020","type":"MLA","requestingState":"KZ","requestedState":"LI","date":"2020-02-14","referenceNumbers":["170000131000099"],"persons":[{"asWritten":"Someone Else"}]}
                {"kind":"decision","id":"decision-li-ngo-2020","subject":"request-kz-li-ngo-2020","state":"LI","date":"2020-03-05","outcome":"REFUSED","grounds":["POLITICAL_MOTIVATION"]}
                """);
        ok("import", records.toString(), "--data", li.toString());
        ok("compartments", "assign", "li-desk", "request-kz-li-mla-2019", "decision-li-refusal-2019", "--data", li.toString());
        ok("compartments", "assign", "other-ngo", "request-kz-li-ngo-2020", "decision-li-ngo-2020", "--data", li.toString());
        ok("federation", "init", "--id", "li-justice", "--data", li.toString());
        ok("federation", "init", "--id", "be-fps-justice", "--data", be.toString());
        ok("federation", "add-partner", "--id", "be-fps-justice", "--name", "Belgium", "--key", publicKey(be), "--group", "mla-desks",
                "--data", li.toString());
        assertThat(ok("federation", "add-partner", "--id", "li-justice", "--name", "Liechtenstein", "--key", publicKey(li), "--group",
                "mla-desks", "--compartment", "from-li", "--data", be.toString()).out()).contains("received into compartment from-li");
    }

    /**
     * A protection status, named or as encodings, is drafted from the drafting compartment's view alone; the record is
     * looked up before the options are read, so a status the compartment does not hold is the error named first.
     */
    @Test
    void aProtectionStatusIsPublishedFromTheDraftingCompartmentOnly() throws Exception {
        Path nl = dir.resolve("nl");
        Path records = dir.resolve("nl-records.jsonl");
        Files.writeString(records, """
                {"kind":"person","id":"person-nl-refugee-1","names":[{"full":"Aigerim NURLANOVA","kind":"PRIMARY"}],"birthDate":"1980-02-11"}
                {"kind":"protection-status","id":"status-nl-refugee-1","person":"person-nl-refugee-1","type":"REFUGEE","grantingState":"NL","persecutingState":"KZ","granted":"2016-09-01"}
                """);
        ok("import", records.toString(), "--data", nl.toString());
        ok("compartments", "assign", "nl-desk", "person-nl-refugee-1", "status-nl-refugee-1", "--data", nl.toString());
        ok("federation", "init", "--id", "nl-justice", "--data", nl.toString());
        ok("federation", "add-partner", "--id", "be-fps-justice", "--name", "Belgium", "--key", publicKey(be), "--group", "protection",
                "--data", nl.toString());
        ok("federation", "set-group", "--group", "protection", "--data", nl.toString());
        for (String subcommand : List.of("publish-protection", "publish-protected")) {
            Cli.Run pool = run("federation", subcommand, "status-nl-refugee-1", "--to", "group:protection", "--marking", "TLP:AMBER",
                    "--by", "central-authority", "--data", nl.toString());
            assertThat(pool.code()).as(subcommand).isNotZero();
            assertThat(pool.err()).as(subcommand).contains("'status-nl-refugee-1' is not a protection status of the unassigned pool");
            Cli.Run wrongOptionsToo = run("federation", subcommand, "status-nl-refugee-1", "--to", "nowhere", "--marking", "TLP:PURPLE",
                    "--by", "central-authority", "--data", nl.toString());
            assertThat(wrongOptionsToo.err()).as(subcommand).contains("is not a protection status of the unassigned pool");
        }
        assertThat(ok("federation", "sent", "--data", nl.toString()).out()).isBlank();
        assertThat(ok("federation", "publish-protection", "status-nl-refugee-1", "--to", "group:protection", "--marking", "TLP:AMBER",
                "--by", "central-authority", "--compartment", "nl-desk", "--data", nl.toString()).out()).contains("published bulletin");
        assertThat(ok("federation", "sent", "--data", nl.toString()).out().lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).count())
                .isEqualTo(1);
    }

    @Test
    void aDecisionOfAnotherCompartmentDoesNotLeaveAndOneOfTheDraftingCompartmentGoesToThePartnersCompartment() throws Exception {
        String[] publish = {"federation", "publish-decision", "decision-li-ngo-2020", "--to", "group:mla-desks", "--marking", "TLP:AMBER",
                "--by", "central-authority", "--compartment", "li-desk", "--data", li.toString()};
        Cli.Run refused = run(publish);
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("decision-li-ngo-2020").contains("is not a decision of compartment li-desk");
        // nor from the unassigned pool, the default: the registry as a whole is never drafted from
        Cli.Run pool = run("federation", "publish-decision", "decision-li-refusal-2019", "--to", "group:mla-desks", "--marking", "TLP:AMBER",
                "--by", "central-authority", "--data", li.toString());
        assertThat(pool.code()).isNotZero();
        assertThat(pool.err()).contains("is not a decision of the unassigned pool");
        // the same fault in the language the command was asked to speak
        Cli.Run french = run("federation", "publish-decision", "decision-li-ngo-2020", "--to", "group:mla-desks", "--marking", "TLP:AMBER",
                "--by", "central-authority", "--compartment", "li-desk", "--lang", "fr", "--data", li.toString());
        assertThat(french.code()).isNotZero();
        assertThat(french.err()).contains("decision: « decision-li-ngo-2020 » n’est pas une décision du compartiment li-desk")
                .doesNotContain("is not a decision");
        assertThat(ok("federation", "sent", "--data", li.toString()).out()).doesNotContain("request-kz-li-ngo-2020").isBlank();

        Matcher published = Pattern.compile("published bulletin (\\S+)").matcher(ok("federation", "publish-decision",
                "decision-li-refusal-2019", "--to", "group:mla-desks", "--marking", "TLP:AMBER", "--by", "central-authority",
                "--compartment", "li-desk", "--data", li.toString()).out());
        assertThat(published.find()).isTrue();
        String bulletin = published.group(1);
        Path bundle = dir.resolve("li-to-be.bundle");
        ok("federation", "export", "--partner", "be-fps-justice", bundle.toString(), "--data", li.toString());
        assertThat(Files.readString(bundle)).contains("request-kz-li-mla-2019").doesNotContain("request-kz-li-ngo-2020")
                .doesNotContain("170000131000099");
        ok("federation", "import", bundle.toString(), "--data", be.toString());
        assertThat(ok("federation", "partners", "--data", be.toString()).out()).contains("received into compartment from-li");

        try (Tutela tutela = Tutela.open(new Settings(be, Optional.empty()))) {
            RecordId decision = RecordId.of("fed-li-justice-" + bulletin + "-decision");
            assertThat(tutela.registry().get(decision)).isPresent();
            assertThat(tutela.compartments().of(decision.value())).contains("from-li");
            assertThat(tutela.compartments().of("fed-li-justice-" + bulletin + "-source")).contains("from-li");
            // the same request in the receiving compartment and in another: only the first reads the partner's refusal
            String request = """
                    {"kind":"cooperation-request","id":"%s","type":"MLA","requestingState":"KZ","requestedState":"BE","date":"%s",
                     "referenceNumbers":["170000131000012"],"persons":[{"asWritten":"YERIMBETOV Iskander"}]}""";
            tutela.registry().saveAll(List.of(
                    new org.tutela.json.RecordJson().read(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                            request.formatted("request-kz-be-desk", LocalDate.now().minusDays(2)))),
                    new org.tutela.json.RecordJson().read(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                            request.formatted("request-kz-be-elsewhere", LocalDate.now().minusDays(2))))),
                    org.tutela.core.registry.Change.by("test", "two requests"));
            tutela.compartments().assign(List.of("request-kz-be-desk"), "from-li");
            tutela.compartments().assign(List.of("request-kz-be-elsewhere"), "elsewhere");
            ScreeningReport inside = tutela.screening().screen(RecordId.of("request-kz-be-desk"), LocalDate.now());
            ScreeningReport outside = tutela.screening().screen(RecordId.of("request-kz-be-elsewhere"), LocalDate.now());
            assertThat(inside.firedIds()).contains("TNR-05");
            assertThat(outside.firedIds()).doesNotContain("TNR-05");
        }
    }

    @Test
    void theCommandsSpeakTheLanguageAsked() {
        assertThat(ok("federation", "partners", "--lang", "fr", "--data", be.toString()).out())
                .contains("li-justice  Liechtenstein  (fichiers de paquet seulement)  groupes [mla-desks]  reçu dans le compartiment from-li");
        assertThat(ok("federation", "key", "--lang", "ru", "--data", be.toString()).out()).contains("идентификатор в федерации be-fps-justice")
                .contains("открытый ключ ");
        assertThat(ok("federation", "partners", "--lang", "nl", "--data", li.toString()).out()).contains("ontvangen in de niet-toegewezen verzameling");
        // English by default, as before
        assertThat(ok("federation", "key", "--data", be.toString()).out()).contains("federation id be-fps-justice").contains("public key ");
        Cli.Run unknown = run("federation", "key", "--lang", "de", "--data", be.toString());
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("--lang 'de' is not one of en, fr, nl, ru");
    }
}
