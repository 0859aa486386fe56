package org.tutela.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.exchange.demo.DemoCase;

/** The report document renders through the message bundles, in English and in French. */
class ReportPageTest {
    static final RecordSet DEMO = DemoCase.recordSet();
    static final CooperationRequest MLA = DEMO.get(RecordId.of("request-kz-be-mla-2018-03-30"), CooperationRequest.class).orElseThrow();

    @Test
    void theSeedReportReadsInEnglishAndInFrench() {
        ScreeningReport report = Screening.standard().screen(MLA, DEMO, LocalDate.of(2020, 1, 1));
        String en = new ReportPage().standalone(report, MLA, DEMO, Locale.ENGLISH);
        String fr = new ReportPage().standalone(report, MLA, DEMO, Locale.FRENCH);
        assertThat(en).contains("lang=\"en\"").contains("Red flags raised").contains("Legal grounds")
                .contains("holds refugee status granted by Belgium (BE) against persecution by Kazakhstan (KZ)");
        assertThat(fr).contains("lang=\"fr\"").contains("Signaux d&#39;alerte levés").contains("Fondements juridiques")
                .contains("a le statut (réfugié) accordé par Belgium (BE) contre la persécution par Kazakhstan (KZ)")
                .contains("La personne visée est réfugiée ou demandeuse d&#39;asile face à l&#39;État requérant")
                .contains("Un signal qui fait à lui seul obstacle à la coopération a été levé")
                .doesNotContain("Red flags raised").doesNotContain("??");
        assertThat(report.assessment().reasoning()).noneMatch(line -> line.matches(".*TNR-\\d\\d.*"))
                .anyMatch(line -> line.contains("Target is a refugee or asylum seeker from the requesting state"));
    }
}
