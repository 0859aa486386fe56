package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two installations on embedded databases, joined by bundle files through the command line: Liechtenstein's
 * refusal in the seed case reaches Belgium and raises flag 5 there; a tampered, replayed or unknown-key
 * bulletin is refused and leaves nothing behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationBundleTest {
    @TempDir
    static Path dir;
    static Path li;
    static Path be;
    static Path bundle;
    static final ObjectMapper mapper = new ObjectMapper();

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

    static List<String> fired(Path data, Path intake) throws Exception {
        JsonNode report = mapper.readTree(ok("screen", intake.toString(), "--json", "--data", data.toString()).out());
        return report.get("flags").findParents("status").stream().filter(f -> "FIRED".equals(f.get("status").asText()))
                .map(f -> f.at("/flag/id").asText()).toList();
    }

    @BeforeAll
    static void twoInstallations() throws Exception {
        li = dir.resolve("li");
        be = dir.resolve("be");
        Path records = dir.resolve("li-records.jsonl");
        Files.writeString(records, """
                {"kind":"cooperation-request","id":"request-kz-li-mla-2019","type":"MLA","requestingState":"KZ","requestedState":"LI","date":"2019-06-14","referenceNumbers":["170000131000012"],"persons":[{"asWritten":"Yerimbetov Iskander"}]}
                {"kind":"decision","id":"decision-li-refusal-2019","subject":"request-kz-li-mla-2019","state":"LI","date":"2019-12-05","outcome":"REFUSED","grounds":["POLITICAL_MOTIVATION"]}
                """);
        ok("import", records.toString(), "--data", li.toString());
        ok("federation", "init", "--id", "li-justice", "--data", li.toString());
        ok("federation", "init", "--id", "be-fps-justice", "--data", be.toString());
        ok("federation", "add-partner", "--id", "be-fps-justice", "--name", "Belgium, FPS Justice", "--key", publicKey(be),
                "--group", "mla-desks", "--data", li.toString());
        ok("federation", "add-partner", "--id", "li-justice", "--name", "Liechtenstein, Office of Justice", "--key", publicKey(li),
                "--group", "mla-desks", "--data", be.toString());
        bundle = dir.resolve("li-to-be.bundle");
    }

    static Path belgianIntake() throws Exception {
        Path intake = dir.resolve("be-intake.json");
        Files.writeString(intake, """
                {"type":"MLA","requestingState":"KZ","requestedState":"BE","date":"2026-11-20","referenceNumbers":["170000131000012"],
                 "persons":[{"asWritten":"JARDEMALIE Botagoz"}],
                 "measures":[{"kind":"SEIZE_DEVICES","scope":"OPEN_ENDED","description":"all devices"}]}
                """);
        return intake;
    }

    @Test
    @Order(1)
    void aRefusalPublishedInOneInstallationRaisesFlag5InTheOtherThroughABundleFile() throws Exception {
        assertThat(fired(be, belgianIntake())).doesNotContain("TNR-05");
        Cli.Run published = ok("federation", "publish-decision", "decision-li-refusal-2019", "--to", "group:mla-desks", "--marking", "TLP:AMBER",
                "--by", "central-authority", "--data", li.toString());
        assertThat(published.out()).contains("[be-fps-justice]");
        assertThat(ok("federation", "export", "--partner", "be-fps-justice", bundle.toString(), "--data", li.toString()).out()).contains("wrote 1 bulletins");
        Cli.Run imported = ok("federation", "import", bundle.toString(), "--data", be.toString());
        assertThat(imported.out()).contains("accepted").contains("from li-justice").contains("1 accepted");
        assertThat(fired(be, belgianIntake())).contains("TNR-05");
        Cli.Run received = ok("federation", "received", "--data", be.toString());
        assertThat(received.out()).contains("from li-justice").contains("decision").contains("by bundle");
        Cli.Run sent = ok("federation", "sent", "--data", li.toString());
        assertThat(sent.out()).contains("mla-desks").contains("about request-kz-li-mla-2019").contains("to be-fps-justice by bundle");
        // the disclosure ledger of the request records the bulletin
        assertThat(ok("requests", "show", "request-kz-li-mla-2019", "--data", li.toString()).out()).contains("federation bulletin");
    }

    @Test
    @Order(2)
    void theSameBundleASecondTimeIsAReplayAndChangesNothing() {
        Cli.Run again = ok("federation", "import", bundle.toString(), "--data", be.toString());
        assertThat(again.out()).contains("refused: replay").contains("0 accepted");
        assertThat(ok("federation", "received", "--data", be.toString()).out()).contains("refused").contains("replay");
    }

    @Test
    @Order(3)
    void aTamperedBulletinIsRefusedAndNothingOfItIsStored() throws Exception {
        ok("federation", "publish-decision", "decision-li-refusal-2019", "--to", "group:mla-desks", "--marking", "TLP:AMBER",
                "--by", "central-authority", "--data", li.toString());
        Path second = dir.resolve("second.bundle");
        ok("federation", "export", "--partner", "be-fps-justice", "--after", "1", second.toString(), "--data", li.toString());
        Path tampered = dir.resolve("tampered.bundle");
        Files.writeString(tampered, Files.readString(second).replace("POLITICAL_MOTIVATION", "PROCEDURAL"));
        String before = ok("federation", "received", "--data", be.toString()).out();
        Cli.Run refused = ok("federation", "import", tampered.toString(), "--data", be.toString());
        assertThat(refused.out()).contains("refused: bad-signature").contains("0 accepted");
        String after = ok("federation", "received", "--data", be.toString()).out();
        assertThat(after.lines().filter(l -> l.contains(" from li-justice ")).count())
                .isEqualTo(before.lines().filter(l -> l.contains(" from li-justice ")).count());
        // the untampered bulletin still arrives
        assertThat(ok("federation", "import", second.toString(), "--data", be.toString()).out()).contains("1 accepted");
    }

    @Test
    @Order(4)
    void aProtectionSharedAsAnEncodingMakesTheOthersScreeningSayPossibleMatchWithoutHerName() throws Exception {
        Path records = dir.resolve("li-protection.jsonl");
        Files.writeString(records, """
                {"kind":"person","id":"person-li-refugee-1","names":[{"full":"Botagoz JARDEMALIE","kind":"PRIMARY"}],"birthDate":"1975-05-14","gender":"FEMALE"}
                {"kind":"protection-status","id":"status-li-refugee-1","person":"person-li-refugee-1","type":"REFUGEE","grantingState":"LI","persecutingState":"KZ","granted":"2014-03-01"}
                """);
        ok("import", records.toString(), "--data", li.toString());
        for (Path side : List.of(li, be)) {
            ok("federation", "add-partner", "--id", side == li ? "be-fps-justice" : "li-justice", "--name", "partner",
                    "--key", publicKey(side == li ? be : li), "--group", "protection", "--data", side.toString());
        }
        Matcher secret = Pattern.compile("encoding secret (\\S+)").matcher(ok("federation", "group-secret", "--group", "protection",
                "--data", li.toString()).out());
        assertThat(secret.find()).isTrue();
        ok("federation", "group-secret", "--group", "protection", "--secret", secret.group(1), "--data", be.toString());
        Matcher sequence = Pattern.compile("sequence (\\d+)").matcher(ok("federation", "publish-protected", "status-li-refugee-1",
                "--to", "group:protection", "--marking", "TLP:AMBER+STRICT", "--by", "central-authority", "--data", li.toString()).out());
        assertThat(sequence.find()).isTrue();
        Path carried = dir.resolve("protected.bundle");
        ok("federation", "export", "--partner", "be-fps-justice", "--after", Long.toString(Long.parseLong(sequence.group(1)) - 1),
                carried.toString(), "--data", li.toString());
        String wire = Files.readString(carried);
        assertThat(wire).contains("protected-person");
        for (String name : List.of("Jardemalie", "Botagoz", "Джардемали", "Ботагоз")) {
            assertThat(wire).doesNotContainIgnoringCase(name);
        }
        assertThat(ok("federation", "import", carried.toString(), "--data", be.toString()).out()).contains("1 accepted");
        Path intake = dir.resolve("be-intake-cyrillic.json");
        Files.writeString(intake, """
                {"type":"EXTRADITION","requestingState":"KZ","requestedState":"BE","date":"2026-11-20",
                 "persons":[{"asWritten":"Джардемали Ботагоз","birthDate":"1975-05-14"}]}
                """);
        assertThat(ok("screen", intake.toString(), "--data", be.toString()).out())
                .contains("possible match with a person protected by partner li-justice - ask through the channel")
                .contains("refugee, granted by Liechtenstein (LI), against Kazakhstan (KZ)");
        // and in the language asked for: the status in words, the states by name
        assertThat(ok("screen", intake.toString(), "--lang", "fr", "--data", be.toString()).out())
                .contains("correspondance possible avec une personne protégée par le partenaire li-justice")
                .contains("accordé par Liechtenstein (LI), à l'égard de Kazakhstan (KZ)")
                .doesNotContain("possible match with");
    }

    @Test
    @Order(5)
    void aBulletinSignedByAnUnknownOrRevokedKeyIsRefused() throws Exception {
        Path stranger = dir.resolve("stranger");
        ok("federation", "init", "--id", "li-justice", "--data", stranger.toString());
        Path records = dir.resolve("li-records.jsonl");
        ok("import", records.toString(), "--data", stranger.toString());
        ok("federation", "add-partner", "--id", "be-fps-justice", "--name", "Belgium", "--key", publicKey(be), "--group", "mla-desks",
                "--data", stranger.toString());
        ok("federation", "publish-decision", "decision-li-refusal-2019", "--to", "group:mla-desks", "--marking", "TLP:AMBER",
                "--by", "impostor", "--data", stranger.toString());
        Path forged = dir.resolve("forged.bundle");
        ok("federation", "export", "--partner", "be-fps-justice", forged.toString(), "--data", stranger.toString());
        assertThat(ok("federation", "import", forged.toString(), "--data", be.toString()).out()).contains("refused: unknown-key");

        String liKey = ok("federation", "key", "--data", li.toString()).out().lines().filter(l -> l.startsWith("key ")).findFirst()
                .orElseThrow().substring(4);
        ok("federation", "revoke-key", liKey, "--data", be.toString());
        ok("federation", "publish-decision", "decision-li-refusal-2019", "--to", "group:mla-desks", "--marking", "TLP:AMBER",
                "--by", "central-authority", "--data", li.toString());
        Path third = dir.resolve("third.bundle");
        ok("federation", "export", "--partner", "be-fps-justice", "--after", "3", third.toString(), "--data", li.toString());
        assertThat(ok("federation", "import", third.toString(), "--data", be.toString()).out()).contains("refused: revoked-key");
        assertThat(ok("federation", "partners", "--data", be.toString()).out()).contains("REVOKED");
    }

    @Test
    @Order(6)
    void theHelpListsTheCommands() {
        String help = ok("federation", "--help").out();
        assertThat(help).contains("init", "key", "add-partner", "partners", "revoke-key", "set-group", "publish-decision",
                "publish-protection", "publish-protected", "group-secret", "check", "retract", "export", "import", "sent", "received");
    }
}
