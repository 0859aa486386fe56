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
                .contains("a le statut (réfugié) accordé par Belgique (BE) contre la persécution par Kazakhstan (KZ)")
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

    /** Text as Thymeleaf writes it in HTML (UTF-8, only markup characters escaped). */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /**
     * Why a flag did not fire, what is missing to decide one and the warnings read in French, with no
     * English sentence and no internal code left in them.
     */
    @Test
    void reasonsAndWarningsReadInFrench() {
        ScreeningReport report = Screening.standard().screen(MLA, DEMO, LocalDate.of(2020, 1, 1));
        String fr = new ReportPage().standalone(report, MLA, DEMO, Locale.FRENCH);
        java.util.List<String> english = new java.util.ArrayList<>();
        for (org.tutela.core.screening.FlagResult r : report.flags()) {
            if (r.outcome() instanceof org.tutela.core.screening.Outcome.NotFired n) {
                english.add(n.reason());
            } else if (r.outcome() instanceof org.tutela.core.screening.Outcome.NotEvaluable n) {
                english.add(n.missing());
            }
        }
        english.addAll(report.warnings());
        assertThat(english).as("the seed report as of 2020 has reasons to give").hasSizeGreaterThan(3);
        for (String sentence : english) {
            assertThat(fr).doesNotContain(escaped(sentence));
        }
        ReportWords words = new ReportWords(Locale.FRENCH);
        for (org.tutela.core.screening.FlagResult r : report.flags()) {
            if (!r.fired()) {
                String reason = words.reason(r.outcome());
                assertThat(reason).as(r.flag().id()).isNotBlank().doesNotContainPattern("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b|TNR-\\d");
                assertThat(fr).contains(escaped(reason));
            }
        }
        report.warnings(Locale.FRENCH).forEach(w -> assertThat(fr).contains(escaped(w)));
        assertThat(fr).doesNotContain("??");
    }

    /** A report stored before reasons and warnings were messages has only their English text: it is shown as stored. */
    @Test
    void aReportStoredWithPlainReasonsStillRenders() {
        ScreeningReport fresh = Screening.standard().screen(MLA, DEMO, LocalDate.of(2020, 1, 1));
        java.util.List<org.tutela.core.screening.FlagResult> plain = fresh.flags().stream().map(r -> new org.tutela.core.screening.FlagResult(r.flag(),
                r.outcome() instanceof org.tutela.core.screening.Outcome.NotFired n ? new org.tutela.core.screening.Outcome.NotFired("stored reason: " + n.reason())
                        : r.outcome() instanceof org.tutela.core.screening.Outcome.NotEvaluable n
                        ? new org.tutela.core.screening.Outcome.NotEvaluable("stored missing: " + n.missing(), n.questions())
                        : r.outcome())).toList();
        ScreeningReport stored = new ScreeningReport(fresh.requestId(), fresh.asOf(), fresh.rulePackVersion(), fresh.identifications(), plain,
                fresh.assessment(), fresh.similarStatements(), java.util.List.of("A stored warning."), fresh.provisional());
        String fr = new ReportPage().standalone(stored, MLA, DEMO, Locale.FRENCH);
        assertThat(fr).contains("stored reason: ").contains("stored missing: ").contains("A stored warning.").doesNotContain("??");
    }
}
