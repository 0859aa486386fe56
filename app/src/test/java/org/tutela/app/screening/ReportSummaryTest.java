package org.tutela.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.exchange.demo.DemoCase;

/**
 * The report for a reader in a hurry, on every request of the seed case: the summary comes first, each source is
 * listed once and cited by its number, states are named in the reader's language, source types in words.
 */
class ReportSummaryTest {
    static final RecordSet DEMO = DemoCase.recordSet();

    @Test
    void theSummaryComesFirstAndEachSourceIsListedOnceAndCitedByNumber() {
        List<CooperationRequest> requests = DEMO.all(CooperationRequest.class);
        assertThat(requests).isNotEmpty();
        for (CooperationRequest request : requests) {
            ScreeningReport report = Screening.standard().screen(request, DEMO, request.date().map(org.tutela.core.registry.ApproximateDate::latest).orElse(LocalDate.of(2024, 1, 1)));
            Document page = Jsoup.parse(new ReportPage().standalone(report, request, DEMO, Locale.ENGLISH));
            String what = request.id().value();
            Element summary = page.selectFirst("section.summary");
            assertThat(summary).as(what).isNotNull();
            // nothing of the detail comes before the summary
            assertThat(page.select("main > section").first()).as(what).isEqualTo(summary);
            assertThat(summary.select(".flag-table tbody tr")).as(what).hasSize(report.fired().size());

            List<String> listed = page.select("ol.source-list > li").eachAttr("id");
            assertThat(listed).as(what).doesNotHaveDuplicates();
            for (int i = 0; i < listed.size(); i++) {
                assertThat(listed.get(i)).isEqualTo("source-" + (i + 1));
            }
            // every citation in the detail and the summary points at a listed source, never repeats its title
            for (Element link : page.select(".citations a, .flag-table a[href^='#source-']")) {
                assertThat(listed).as(what + " " + link.outerHtml()).contains(link.attr("href").substring(1));
                assertThat(link.text()).matches("\\[\\d+]");
            }
            for (Element title : page.select("ol.source-list cite")) {
                assertThat(page.select(".citations").text()).as(what).doesNotContain(title.text());
            }
            // flags of the summary lead to their detail
            for (Element link : summary.select(".flag-table a[href^='#flag-']")) {
                assertThat(page.getElementById(link.attr("href").substring(1))).as(what).isNotNull();
            }
            assertThat(page.select(".source-type").eachText()).as(what).allMatch(t -> t.matches("\\([a-zA-Z ]+\\)"))
                    .noneMatch(t -> t.contains("_"));
        }
    }

    @Test
    void statesAndSourceTypesAreNamedInTheReadersLanguage() {
        CooperationRequest mla = DEMO.get(org.tutela.core.registry.RecordId.of("request-kz-be-mla-2018-03-30"), CooperationRequest.class)
                .orElseThrow();
        ScreeningReport report = Screening.standard().screen(mla, DEMO, LocalDate.of(2020, 1, 1));
        String html = new ReportPage().standalone(report, mla, DEMO, Locale.ENGLISH);
        // kept to be looked at (and printed) after the build
        java.nio.file.Path out = java.nio.file.Path.of("target", "screenshots", "report-seed-mla.html");
        try {
            java.nio.file.Files.createDirectories(out.getParent());
            java.nio.file.Files.writeString(out, html);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Document en = Jsoup.parse(html);
        Document fr = Jsoup.parse(new ReportPage().standalone(report, mla, DEMO, Locale.FRENCH));
        assertThat(en.select(".report-facts").text()).contains("Kazakhstan → Belgium");
        assertThat(fr.select(".report-facts").text()).contains("Kazakhstan → Belgique");
        assertThat(en.select("section.summary h2").text()).isEqualTo("In short");
        assertThat(fr.select("section.summary h2").text()).isEqualTo("En bref");
        assertThat(en.select(".source-type").eachText()).contains("(NGO report)");
        assertThat(fr.select(".source-type").eachText()).contains("(rapport d'ONG)");
        // the summary's own words carry no internal code (an upper-case word with underscores)
        Matcher code = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b").matcher(en.select("section.summary").text());
        List<String> codes = new ArrayList<>();
        while (code.find()) {
            codes.add(code.group());
        }
        assertThat(codes).isEmpty();
    }
}
