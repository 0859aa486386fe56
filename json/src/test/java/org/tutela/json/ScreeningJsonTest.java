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
}
