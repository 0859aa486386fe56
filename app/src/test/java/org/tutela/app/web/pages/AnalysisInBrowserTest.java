package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.tutela.app.security.DemoUsers;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;

/** The analysts' page on the demo, in Chromium: requests and outcomes by year, charts drawn, filters, CSV. */
class AnalysisInBrowserTest extends InBrowser {
    String basic;

    @BeforeAll
    void logIn() {
        DemoUsers.DemoUser analyst = demoUser(Role.ANALYST);
        basic = TestUsers.basic(analyst.name(), analyst.password());
        browser.go("/");
        loginAs(Role.ANALYST);
    }

    long charts() {
        return (Long) ((JavascriptExecutor) browser.driver).executeScript("return Object.keys(Chart.instances).length;");
    }

    @Test
    void requestsAndOutcomesByYearWithChartsAndCsv() throws Exception {
        browser.go("/");
        browser.driver.findElement(By.linkText("Analysis")).click();
        assertThat(browser.text("h1")).isEqualTo("Analysis: counts and trends");
        String outcomes = browser.text("#requests-outcomes-by-year table");
        assertThat(outcomes).contains("Year").contains("Admitted").contains("Refused").contains("Never decided");
        // 2018: the MLA request (admitted), the extradition request (never decided), the request to Liechtenstein (refused)
        assertThat(browser.text("#requests-outcomes-by-year tbody")).contains("2018 3 1 1 1");
        assertThat(browser.text("#requests tbody")).contains("request-kz-be-mla-2018-03-30");
        assertThat(charts()).isEqualTo(7);
        browser.screenshot("analysis");

        String csvHref = browser.find("#requests-outcomes-by-year a.csv").getAttribute("href");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvHref))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("year,requests,ADMITTED,REFUSED,NEVER_DECIDED,median-days-to-decision");
        assertThat(lines).anyMatch(l -> l.startsWith("2018,3,1,1,1,"));
    }

    @Test
    void filtersNarrowEveryTable() {
        browser.go("/statistics/analysis?host=LI");
        assertThat(browser.text(".hint")).contains("1 incidents and 1 requests");
        assertThat(browser.text("#requests tbody")).contains("LI").doesNotContain("request-kz-be-mla-2018-03-30");
        assertThat(browser.find("#requests-outcomes-by-year a.csv").getAttribute("href")).contains("host=LI");
    }
}
