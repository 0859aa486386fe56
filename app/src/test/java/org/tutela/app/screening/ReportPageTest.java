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

    /** Dutch and Russian too, down to the questions to ask where a flag could not be assessed. */
    @Test
    void theSeedReportReadsInDutchAndInRussianWithItsQuestions() {
        ScreeningReport report = Screening.standard().screen(MLA, DEMO, LocalDate.of(2020, 1, 1));
        String nl = new ReportPage().standalone(report, MLA, DEMO, Locale.forLanguageTag("nl"));
        String ru = new ReportPage().standalone(report, MLA, DEMO, Locale.forLanguageTag("ru"));
        assertThat(nl).contains("lang=\"nl\"").contains("Rode vlaggen gehesen").contains("Rechtsgronden")
                .contains("De betrokkene is vluchteling of asielzoeker tegenover de verzoekende staat")
                .doesNotContain("Red flags raised").doesNotContain("??");
        assertThat(ru).contains("lang=\"ru\"").contains("Сработавшие тревожные признаки").contains("Правовые основания")
                .contains("Разыскиваемое лицо — беженец или лицо, ищущее убежища, от запрашивающего государства")
                .doesNotContain("Red flags raised").doesNotContain("??");
        java.util.List<String> asked = report.notEvaluable().stream()
                .flatMap(r -> ((org.tutela.core.screening.Outcome.NotEvaluable) r.outcome()).questions().stream())
                .map(org.tutela.core.screening.Question::text).toList();
        assertThat(asked).as("the seed report as of 2020 has questions to ask").isNotEmpty();
        java.util.Map<String, String> russian = new ReportWords(Locale.forLanguageTag("ru")).questions();
        for (String english : asked) {
            assertThat(russian).as(english).containsKey(english);
            assertThat(ru).doesNotContain(org.springframework.web.util.HtmlUtils.htmlEscape(english)).contains(russian.get(english));
        }
    }
}
