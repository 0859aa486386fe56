package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.web.pages.Browser.Field.chosen;
import static org.tutela.app.web.pages.Browser.Field.pasted;
import static org.tutela.app.web.pages.Browser.Field.picked;
import static org.tutela.app.web.pages.Browser.Field.ticked;
import static org.tutela.app.web.pages.Browser.Field.typed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tutela.app.lists.ListLibrary;
import org.tutela.core.lists.ColumnMapping;
import org.tutela.core.lists.WatchList;

/**
 * The demo as a ministry official meets it in a browser: the seed case loaded fresh, the server on a
 * free port, headless Chromium clicking through the pages. Screenshots go to target/screenshots.
 */
class DemoInBrowserTest extends DocumenterInBrowser {
    @Override
    void beforeLogin() {
        browser.go("/");
        assertThat(browser.driver.getCurrentUrl()).as("a page asks for a login first").endsWith("/login");
        browser.screenshot("login");
    }

    @Test
    void searchHerInCyrillicOpenHerPageAndReadTheTimeline() {
        browser.go("/");
        browser.driver.findElement(By.linkText("Search")).click();
        browser.find("#q").sendKeys("ДЖАРДЕМАЛИ", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results")));
        assertThat(browser.text("#results")).contains("Botagoz Jardemalie");
        browser.screenshot("search-cyrillic");
        browser.driver.findElement(By.linkText("Botagoz Jardemalie")).click();

        assertThat(browser.text("h1")).isEqualTo("Botagoz Jardemalie");
        assertThat(browser.text("#names")).contains("Джардемали Ботагоз").contains("ДЖАРДЕМАЛИ");
        assertThat(browser.text("#protection")).contains("Refugee status, Belgium (from Kazakhstan)");
        var entries = browser.all("#timeline ol.timeline > li.entry");
        assertThat(entries).hasSizeGreaterThan(10);
        String timeline = browser.text("#timeline");
        assertThat(timeline).contains("MLA request, Kazakhstan → Belgium, 30 March 2018")
                .contains("Extradition request, Kazakhstan → Belgium, 24 April 2018");
        // every dated entry is in order and carries its sources
        assertThat(browser.all("#timeline ol.timeline > li.entry .sources")).hasSizeGreaterThan(10);
        assertThat(browser.find("#timeline").findElements(By.cssSelector(".conflict .claim"))).hasSizeGreaterThanOrEqualTo(2);
        browser.screenshot("person-timeline");
    }

    @Test
    void registerANewRequestAndGetItsReport() {
        long before = records();
        browser.go("/");
        browser.driver.findElement(By.linkText("Register a request")).click();
        browser.fill(chosen("type", "MLA"), typed("requestingState", "KZ"), typed("requestedState", "Belgium"),
                pasted("date", "2024-06-01"), typed("referenceNumbers", "170000131000012"),
                typed("person1Name", "Джардемали Ботагоз"), chosen("person1Role", "TARGET"),
                picked("person1Record", "person-csgj5chf4d"), typed("person2Name", "عبد الله محمد"), // a right-to-left name, as a witness
                chosen("person2Role", "WITNESS"), typed("allegedFacts", "Laundering of funds of BTA Bank"),
                typed("offence1Description", "Money laundering (Art. 193)"), chosen("offence1Category", "MONEY_LAUNDERING"),
                ticked("measures", "REFUGEE_FILE"), ticked("measures", "SEIZE_DEVICES"), ticked("openEnded", "SEIZE_DEVICES"));
        browser.screenshot("intake-filled");
        browser.submit();

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-document")));
        assertThat(browser.driver.getCurrentUrl()).contains("/requests/request-").contains("/report");
        assertThat(records()).isEqualTo(before + 1);
        String report = browser.text(".report-document");
        assertThat(report).contains("Assessment").contains("Джардемали Ботагоз").contains("TNR-01").contains("عبد الله محمد");
        assertThat(browser.driver.findElements(By.xpath("//*[@dir='auto' and normalize-space(text())='عبد الله محمد']"))).isNotEmpty();
        assertThat(browser.text("#screening-history")).contains(LocalDate.now().toString());
        browser.screenshot("intake-report");

        browser.go("/");
        assertThat(browser.text("#open-requests")).contains("MLA request, Kazakhstan → Belgium, 1 June 2024");
        browser.screenshot("dashboard");
    }

    @Test
    void recordAnIncidentAndSeeItOnTheTimelineAndInTheStatistics() {
        browser.go("/statistics");
        int incidentsBefore = Integer.parseInt(browser.text(".hint span"));
        browser.go("/persons/person-csgj5chf4d");
        browser.driver.findElement(By.linkText("Record an incident")).click();
        assertThat(browser.all("input[type=checkbox][name='targets']:checked")).extracting(e -> e.getAttribute("value"))
                .containsExactly("person-csgj5chf4d");
        assertThat(browser.all("select[name='tactic'] optgroup")).extracting(e -> e.getAttribute("label"))
                .containsExactly("Direct attack", "Co-opting other countries", "Mobility controls", "Threats from a distance");
        browser.fill(chosen("tactic", "DEBANKING"),
                typed("summary", "Her account at a Brussels bank was closed without reasons after a foreign request (browser test)."),
                pasted("date", "2023-05-05"), typed("perpetratorState", "KZ"), typed("hostState", "BE"),
                picked("source", "source-odf-report-2024-09-23"), typed("passage", "account closed"));
        browser.submit();

        assertThat(browser.text("#saved")).contains("Saved as revision 1");
        assertThat(browser.text("h1")).isEqualTo("Debanking by Kazakhstan, 5 May 2023");
        String incidentUrl = browser.driver.getCurrentUrl().replaceAll("\\?.*", "");

        browser.go("/persons/person-csgj5chf4d");
        assertThat(browser.text("#timeline")).contains("Debanking by Kazakhstan, 5 May 2023")
                .contains("closed without reasons after a foreign request (browser test)");

        browser.go("/statistics");
        assertThat(Integer.parseInt(browser.text(".hint span"))).isEqualTo(incidentsBefore + 1);
        assertThat(browser.text("#by-tactic")).contains("Debanking");
        assertThat(browser.text("#by-year")).contains("2023");
        browser.screenshot("statistics");

        // an edit is a new revision, and the page shows the history
        browser.driver.get(incidentUrl);
        browser.driver.findElement(By.linkText("Edit")).click();
        browser.type("outcome", "account closed");
        browser.type("reason", "outcome added");
        browser.submit();
        assertThat(browser.text("#saved")).contains("Saved as revision 2");
        assertThat(browser.all("#history tbody tr")).hasSize(2);
        assertThat(browser.text("#history")).contains("outcome added");
        assertThat(browser.text("#history tbody tr:nth-child(2)")).as("what revision 2 changed").endsWith("outcome");
        browser.screenshot("incident-record-with-history");
        browser.driver.findElement(By.cssSelector("#history tbody tr:first-child a")).click();
        assertThat(browser.text("main")).contains("You are reading revision 1 of 2");
        assertThat(browser.text("#fields")).doesNotContain("account closed");
    }

    @Test
    void openTheNetworkOfTheCase() {
        browser.go("/records/proceeding-kz-170000131000012");
        browser.driver.findElement(By.linkText("Show the network")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-drawn]")));
        assertThat(browser.text("#cases")).contains("170000131000012");
        // the first view of the case: its records in one box, the person it is most directed against in the middle
        assertThat((Long) browser.js("return window.tutelaNetwork.nodes(':childless').length;")).isGreaterThan(10);
        // the same case behind the brother's detention, the MLA and extradition requests and the bank's complaint
        assertThat((Long) browser.js("return window.tutelaNetwork.edges('.case').length;")).isGreaterThanOrEqualTo(4);
        for (String id : new String[] {"incident-brother-hostage-2017-11-13", "request-kz-be-mla-2018-03-30",
                "request-kz-be-extradition-2018-04-24", "proceeding-be-bta-laundering-complaint"}) {
            assertThat((Long) browser.js("return window.tutelaNetwork.getElementById(arguments[0]).connectedEdges('.case').length;", id))
                    .as("case link of %s", id).isPositive();
        }
        assertThat(browser.text("#graph-status")).matches("\\d+ records and \\d+ links shown");
        browser.screenshot("graph-case");

        browser.go("/graph/person-csgj5chf4d");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-drawn]")));
        browser.screenshot("graph-person");
    }

    @Test
    void emptyFormsSaySoBesideEachFieldAndSaveNothing() {
        long before = records();
        browser.go("/record/incident");
        browser.submit();
        assertThat(browser.text("#form-problems")).contains("nothing was saved");
        assertThat(browser.errorBeside("tactic")).contains("required");
        assertThat(browser.errorBeside("summary")).contains("required");
        assertThat(browser.errorBeside("perpetratorState")).contains("required");
        browser.screenshot("incident-empty");

        browser.go("/requests/new");
        browser.submit();
        assertThat(browser.errorBeside("type")).contains("required");
        assertThat(browser.errorBeside("requestingState")).contains("required");
        assertThat(browser.errorBeside("person1Name")).contains("required");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void tooLongTextIsRefusedBesideTheField() {
        long before = records();
        browser.go("/record/source");
        browser.set("title", "T".repeat(1001));
        browser.submit();
        assertThat(browser.errorBeside("title")).contains("too long").contains("1,001"); // numbers as the reader's language writes them

        browser.go("/record/incident");
        browser.fill(chosen("tactic", "ONLINE_THREATS"), pasted("summary", "x".repeat(20_001)), typed("perpetratorState", "KZ"));
        browser.submit();
        assertThat(browser.errorBeside("summary")).contains("longer than 20000");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void aStateInTheWrongScriptIsRefusedBesideTheField() {
        long before = records();
        browser.go("/record/incident");
        browser.fill(chosen("tactic", "ONLINE_THREATS"), typed("summary", "Threats sent by a messaging service"),
                typed("perpetratorState", "КЗ")); // Cyrillic letters that look like KZ
        browser.submit();
        assertThat(browser.errorBeside("perpetratorState")).contains("'КЗ' is not a state").contains("Latin letters");
        // what was entered is kept, so that only the wrong field needs retyping
        assertThat(browser.find("[name='summary']").getAttribute("value")).isEqualTo("Threats sent by a messaging service");
        browser.screenshot("incident-wrong-script");

        browser.go("/search?q=x&state=%D0%9A%D0%97");
        assertThat(browser.text("#search-problems")).contains("not a state code");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void approximateDatesAreRecordedAndShownAsSuch() {
        // the seed's year- and month-only dates read as the sources give them, never as the last day of the period
        browser.go("/persons/person-csgj5chf4d");
        String timeline = browser.text("#timeline");
        assertThat(timeline).contains("by Kazakhstan, 2013").doesNotContain("31 December 2013");
        assertThat(browser.text("#protection")).contains("since 2013");

        long before = records();
        browser.go("/record/incident");
        browser.fill(chosen("tactic", "PHYSICAL_SURVEILLANCE"),
                typed("summary", "Followed in the street, month recalled, day not (browser test)"),
                typed("perpetratorState", "KZ"), pasted("date", "31/05/2016"));
        browser.submit();
        assertThat(browser.errorBeside("date")).contains("31/05/2016").contains("YYYY-MM");
        assertThat(records()).isEqualTo(before);

        browser.fill(pasted("date", "2016-05"), pasted("endDate", "2016~"), picked("source", "source-odf-report-2024-09-23"),
                typed("passage", "followed in May 2016"));
        browser.submit();
        assertThat(browser.text("#saved")).contains("Saved as revision 1");
        assertThat(browser.text("h1")).isEqualTo("Physical surveillance by Kazakhstan, May 2016");
        browser.screenshot("incident-approximate-date");
    }

    @Test
    void datesInTheWrongOrderAreRefusedBesideTheEndDate() {
        long before = records();
        browser.go("/record/incident");
        browser.fill(chosen("tactic", "PHYSICAL_SURVEILLANCE"), typed("summary", "Watched from a flat across the street"),
                typed("perpetratorState", "KZ"), pasted("date", "2020-05-01"), pasted("endDate", "2019-01-01"));
        browser.submit();
        assertThat(browser.errorBeside("endDate")).contains("before it starts").contains("2020-05-01");
        assertThat(browser.errorBeside("date")).isEmpty();
        browser.screenshot("incident-dates-wrong-order");

        browser.go("/record/protection-status");
        browser.fill(picked("person", "person-csgj5chf4d"), chosen("type", "LAWYER_AT_RISK"), typed("grantingState", "BE"),
                pasted("granted", "2015-01-01"), pasted("ended", "2014-01-01"));
        browser.submit();
        assertThat(browser.errorBeside("ended")).contains("before it starts");

        browser.go("/requests/new");
        browser.fill(chosen("type", "EXTRADITION"), typed("requestingState", "KZ"), typed("requestedState", "BE"),
                typed("person1Name", "Someone Invented"), typed("offence1Description", "Fraud"),
                pasted("offence1From", "2010-01-01"), pasted("offence1To", "2009-01-01"));
        browser.submit();
        assertThat(browser.errorBeside("offence1To")).contains("before it starts");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void injectedMarkupIsShownAsTextAndNeverRuns() {
        String attack = "<script>window.__pwned = 1; alert('x')</script>\"><img id=\"injected\" src=\"x\" onerror=\"window.__pwned = 2; alert('y')\">";
        // first on the error path: the form comes back with the text in it
        browser.go("/record/incident");
        browser.fill(chosen("tactic", "SMEAR_CAMPAIGN"), pasted("summary", attack), pasted("place", attack),
                typed("perpetratorState", attack.substring(0, 60)));
        browser.submit();
        assertThat(browser.errorBeside("perpetratorState")).contains("is not a state");
        assertNothingRan();
        assertThat(browser.find("[name='summary']").getAttribute("value")).isEqualTo(attack);

        // then saved: the record page, the person's timeline and the dashboard show it as text
        browser.type("perpetratorState", "KZ");
        browser.pick("targets", "person-csgj5chf4d");
        browser.submit();
        assertThat(browser.text("#saved")).contains("Saved");
        assertNothingRan();
        assertThat(browser.text("#fields")).contains("<script>window.__pwned = 1;");
        browser.screenshot("injection-shown-as-text");
        browser.go("/persons/person-csgj5chf4d");
        assertNothingRan();
        assertThat(browser.text("#timeline")).contains("onerror=\"window.__pwned = 2;");
        browser.go("/");
        assertNothingRan();
        browser.go("/search?q=" + java.net.URLEncoder.encode(attack, java.nio.charset.StandardCharsets.UTF_8));
        assertNothingRan();
    }

    private void assertNothingRan() {
        assertThat(browser.alertShown()).as("an alert opened").isFalse();
        assertThat(browser.js("return typeof window.__pwned;")).isEqualTo("undefined");
        assertThat(browser.all("#injected")).as("injected element").isEmpty();
        assertThat(browser.all("main script, main img[src='x']")).isEmpty();
    }

    @Test
    void thePublicLookupSearchesPublicListsOnlyAndNeverTheRegistry() throws Exception {
        Path csv = dir.resolve("wanted.csv");
        Files.writeString(csv, "ref,name,born\nW-1,ТОКТАРОВ Ерлан Серикович,1971\nW-2,Qasymova Aigerim,1985\n");
        tutela.lists().importList(csv, new WatchList.ListInfo("browser-wanted", "Invented wanted list", "Invented ministry",
                        LocalDate.of(2024, 2, 13), true), ListLibrary.Format.CSV,
                Optional.of(new ColumnMapping(Optional.of("ref"), Optional.of("name"), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of("born"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ";")));
        browser.go("/lookup");
        assertThat(browser.text("#lists")).contains("Invented wanted list").contains("Wanted persons (Russian interior ministry database)");
        browser.find("#name").sendKeys("Toktarov Erlan");
        browser.submitting(browser.find("#lookup-form"));
        assertThat(browser.text("#results")).contains("ТОКТАРОВ Ерлан Серикович").contains("Invented wanted list");
        assertThat(browser.driver.getCurrentUrl()).as("the name is not in the address").endsWith("/lookup");
        browser.screenshot("lookup-found");

        // the demo's own public list: the seed person under the surname the report typed
        browser.go("/lookup");
        browser.find("#name").sendKeys("ДЖАРДЕМАЛИ");
        browser.submitting(browser.find("#lookup-form"));
        assertThat(browser.text("#results")).contains("ДЖАРДЕМАЛИ").contains("Ministry of Internal Affairs of the Russian Federation");
        assertThat(browser.text("#next")).contains("Commission for the Control of INTERPOL");
        browser.screenshot("lookup-demo-list");

        // a person of the registry is never revealed by the public page
        browser.go("/lookup");
        browser.find("#name").sendKeys("Iskander Yerimbetov");
        browser.submitting(browser.find("#lookup-form"));
        assertThat(browser.all("#results")).isEmpty();
        assertThat(browser.text("#no-results")).contains("No entry of the public lists matches");
        assertThat(browser.driver.getPageSource()).doesNotContain("person-7274kkyxfs");
        // and the public page has no way into the rest of the application
        assertThat(browser.all("nav a[href='/search'], nav a[href='/']")).isEmpty();
    }

    @Test
    void errorsArePagesThatSayWhatIsWrong() {
        browser.go("/records/no-such-record");
        assertThat(browser.text("h1")).isEqualTo("Not found");
        assertThat(browser.text("main")).contains("There is no record no-such-record");
        browser.go("/records/not%20an%20id");
        assertThat(browser.text("main")).contains("does not name a record");
        browser.go("/persons/no-such-person");
        assertThat(browser.text("h1")).isEqualTo("Not found");
        String page = browser.driver.getPageSource();
        assertThat(page).doesNotContain("Whitelabel").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(browser.all("header.site-header nav")).isNotEmpty();
        browser.screenshot("error-not-found");
    }

    @Test
    void thePersonPageFitsATabletAndPrintsAsADocument() {
        var size = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
            browser.go("/persons/person-csgj5chf4d");
            assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                    .as("no sideways scrolling on a tablet").isTrue();
            browser.screenshot("person-tablet");
            browser.go("/");
            assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")).isTrue();
            browser.screenshot("dashboard-tablet");
        } finally {
            browser.driver.manage().window().setSize(size);
        }
        browser.go("/persons/person-csgj5chf4d");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertThat(browser.find("header.site-header").isDisplayed()).as("navigation on paper").isFalse();
            assertThat(browser.find("p.actions").isDisplayed()).as("buttons on paper").isFalse();
            assertThat(browser.find("#timeline").isDisplayed()).isTrue();
            browser.screenshot("person-print");
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }
}
