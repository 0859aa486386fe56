package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.cli.Cli.run;
import static org.tutela.app.cli.Cli.runWithInput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tutela requests} and {@code tutela users desk} on the demo data, in-process, as an operator types them. */
class RequestsCommandTest {
    static final String MLA = "request-kz-be-mla-2018-03-30";
    @TempDir
    static Path dir;
    static String demo;
    final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void loadDemo() {
        assertThat(run("demo", "--no-serve", "--data", dir.resolve("demo").toString()).code()).isZero();
        demo = dir.resolve("demo").toString();
    }

    @Test
    void theSeedCaseShowsTheAdmissionTheBreachedConditionsTheHoldAndTheLedgerWithThe2023CopyAsABreach() throws Exception {
        Cli.Run show = run("requests", "show", MLA, "--json", "--data", demo);
        assertThat(show.code()).as(show.err()).isZero();
        JsonNode file = mapper.readTree(show.out());
        JsonNode admission = file.get("admissions").get(0);
        assertThat(admission.get("outcome").asText()).isEqualTo("ADMITTED");
        assertThat(admission.get("on").asText()).isEqualTo("2018-04-30");
        assertThat(admission.get("reliedOn").get("asOf").asText()).isEqualTo("2018-04-15");
        assertThat(admission.get("reliedOn").get("rulePackVersion").asText()).isNotBlank();
        assertThat(admission.get("departure").asText()).contains("no reasons");
        List<String> breached = new ArrayList<>();
        file.get("conditions").forEach(c -> {
            if (c.get("state").asText().equals("BREACHED")) {
                breached.add(c.get("condition").get("kind").asText());
            }
        });
        assertThat(breached).containsExactly("BAR_REPRESENTATIVE_PRESENT", "NO_FOREIGN_OFFICIALS_PRESENT", "NOTHING_SENT_DURING_APPEAL");
        List<String> holds = new ArrayList<>();
        file.get("activeHolds").forEach(h -> holds.add(h.get("kind").asText() + " " + h.get("since").asText()));
        assertThat(holds).containsExactly("APPEAL_PENDING 2022-01-13");
        JsonNode copy = null;
        for (JsonNode l : file.get("ledger")) {
            if (l.get("disclosure").get("on").asText().equals("2023-03-21")) {
                copy = l;
            }
        }
        assertThat(copy).as("the 2023 copy of the appeal file is in the ledger").isNotNull();
        assertThat(copy.get("breach").asBoolean()).isTrue();
        assertThat(copy.get("breaches").get(0).get("holdKind").asText()).isEqualTo("APPEAL_PENDING");
        assertThat(copy.get("disclosure").get("concerning")).as("it concerns the request's target").hasSize(1);
        assertThat(file.get("alerts").size()).as("each breach alerted the holder and oversight").isGreaterThanOrEqualTo(4);
        assertThat(file.get("state").asText()).isEqualTo("SUSPENDED");

        String text = run("requests", "show", MLA, "--data", demo).out();
        assertThat(text).contains("state: SUSPENDED").contains("APPEAL_PENDING since 2022-01-13").contains("BREACH [APPEAL_PENDING]");
    }

    @Test
    void theExtraditionRequestsAreListedAsWaitingWithoutDecisionSince2016And2018() {
        String list = run("requests", "list", "--data", demo).out();
        assertThat(list).containsPattern("SCREENED\\s+\\d{4}\\s+days\\s+request-kz-be-extradition-2018-04-24")
                .containsPattern("RETURNED_FOR_CLARIFICATION\\s+\\d{4}\\s+days\\s+request-ua-be-extradition-2016-11-03");
    }

    @Test
    void aDisclosureUnderTheHoldIsRefusedAtTheCommandLineNamingTheRequestTheStepAndTheRuleAndNothingIsWritten() throws Exception {
        assertThat(runWithInput("correct horse battery staple\n", "users", "add", "cli-judge", "--role", "REVIEWER", "--desk", "INVESTIGATING_JUDGE",
                "--compartment", "seed-case", "--password-stdin", "--data", demo).code()).isZero();
        int before = mapper.readTree(run("requests", "show", MLA, "--json", "--data", demo).out()).get("revision").asInt();
        String step = "{\"step\":\"RECORD_DISCLOSURE\",\"reason\":\"send the seized files\",\"revision\":" + before + ",\"disclosure\":"
                + "{\"item\":\"SEIZED_FILES\",\"what\":\"all seized material\",\"recipientKind\":\"REQUESTING_STATE\",\"recipient\":\"Kazakhstan\","
                + "\"on\":\"" + java.time.LocalDate.now() + "\",\"authorised\":true,\"decision\":\"prosecutor's proposal\"}}";
        Cli.Run refused = runWithInput(step, "requests", "step", MLA, "-", "--as", "cli-judge", "--data", demo);
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains(MLA).contains("RECORD_DISCLOSURE").contains("NoDisclosureUnderHold").contains("APPEAL_PENDING");
        assertThat(mapper.readTree(run("requests", "show", MLA, "--json", "--data", demo).out()).get("revision").asInt()).isEqualTo(before);
        assertThat(run("audit", "search", "--actor", "cli-judge", "--action", "WORKFLOW", "--outcome", "DENIED", "--data", demo).out())
                .contains(MLA).contains("NoDisclosureUnderHold");

        Cli.Run noDesk = run("users", "desk", "demo-documenter", "PROSECUTOR", "--data", demo);
        assertThat(noDesk.code()).isNotZero();
        assertThat(noDesk.err()).contains("only a REVIEWER");
    }
}
