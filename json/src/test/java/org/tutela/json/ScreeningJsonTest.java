package org.tutela.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Samples;
import org.tutela.core.screening.PartnerMatch;
import org.tutela.core.screening.PartnerProtection;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningReport;

class ScreeningJsonTest {
    private final ObjectMapper mapper = RecordJson.mapper();

    @Test
    void aReportReadsBackEqual() throws Exception {
        ScreeningReport report = Screening.standard().screen(Samples.mlaRequest(), RecordSet.of(Samples.all()), LocalDate.of(2021, 6, 1));
        String text = mapper.writeValueAsString(report);
        assertThat(text).contains("\"type\":\"fired\"");
        assertThat(mapper.readValue(text, ScreeningReport.class)).isEqualTo(report);
    }

    /** A report stored before reasons and warnings were messages has only their English text, and still reads. */
    @Test
    void aReportStoredWithPlainReasonsReads() throws Exception {
        ScreeningReport report = Screening.standard().screen(Samples.mlaRequest(), RecordSet.of(Samples.all()), LocalDate.of(2021, 6, 1));
        com.fasterxml.jackson.databind.JsonNode tree = mapper.valueToTree(report);
        assertThat(tree.toString()).contains("\"wording\"").contains("\"warningWording\"");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("warningWording");
        tree.get("flags").forEach(f -> ((com.fasterxml.jackson.databind.node.ObjectNode) f.get("outcome")).remove("wording"));
        ScreeningReport old = mapper.treeToValue(tree, ScreeningReport.class);
        assertThat(old.warningWording()).isEmpty();
        assertThat(old.warnings(java.util.Locale.FRENCH)).isEqualTo(report.warnings());
        assertThat(old.flags()).hasSameSizeAs(report.flags());
        for (int i = 0; i < old.flags().size(); i++) {
            if (old.flags().get(i).outcome() instanceof org.tutela.core.screening.Outcome.NotFired n) {
                assertThat(n.wording()).isEmpty();
                assertThat(n.reason()).isEqualTo(((org.tutela.core.screening.Outcome.NotFired) report.flags().get(i).outcome()).reason());
            }
        }
    }

    /** A match holds its partner's hit whole, yet is written flat beside {@code bar}: the form reports were stored in before. */
    @Test
    void aPartnerMatchIsWrittenAndReadFlat() throws Exception {
        PartnerMatch match = new PartnerMatch(new PartnerProtection.Hit("Ivanova Anna", "partner-lt", "protection", "bulletin-1",
                ProtectionStatus.Type.REFUGEE, Country.of("LT"), Optional.of(Country.of("KZ")), 0.93, LocalDate.of(2021, 5, 2)), true);
        com.fasterxml.jackson.databind.JsonNode tree = mapper.valueToTree(match);
        assertThat(tree.has("hit")).isFalse();
        assertThat(tree.get("partner").asText()).isEqualTo("partner-lt");
        assertThat(tree.get("bar").asBoolean()).isTrue();
        assertThat(mapper.treeToValue(tree, PartnerMatch.class)).isEqualTo(match);
        // as a report stored before the match held the hit wrote it
        String stored = "{\"asWritten\":\"Ivanova Anna\",\"bar\":true,\"bulletin\":\"bulletin-1\",\"grantingState\":\"LT\","
                + "\"group\":\"protection\",\"partner\":\"partner-lt\",\"persecutingState\":\"KZ\",\"received\":\"2021-05-02\","
                + "\"similarity\":0.93,\"type\":\"REFUGEE\"}";
        assertThat(mapper.readValue(stored, PartnerMatch.class)).isEqualTo(match);
        assertThat(mapper.readTree(mapper.writeValueAsString(match))).isEqualTo(mapper.readTree(stored));
        assertThatThrownBy(() -> mapper.readValue(stored.replace("\"bar\":true,", ""), PartnerMatch.class))
                .hasMessageContaining("bar");
        assertThatThrownBy(() -> mapper.readValue(stored.replace("\"bar\":true,", "\"bar\":true,\"name\":\"x\","), PartnerMatch.class))
                .hasMessageContaining("name");
    }
}
