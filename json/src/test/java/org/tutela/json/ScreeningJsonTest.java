package org.tutela.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Samples;
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
}
