package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.web.WebServer;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Samples;
import org.tutela.core.requests.DeskFunction;

/**
 * A new request from intake to closure in headless Chromium, as the three desks click through it:
 * register, screen, admit with conditions, refuse one measure and authorise another, place a hold, see a
 * disclosure refused under it, lift it, record the disclosure, close. Screenshots in target/screenshots.
 */
@org.junit.jupiter.api.extension.ExtendWith(BrowserAvailable.class)
class WorkflowInBrowserTest {
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static Browser browser;

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        tutela.awaitConsumers(); // the name index and standing screening follow the change feed
        tutela.compartments().assignUnassigned("inside");
        for (var desk : java.util.List.of(DeskFunction.CENTRAL_AUTHORITY, DeskFunction.PROSECUTOR, DeskFunction.INVESTIGATING_JUDGE)) {
            String name = desk.name().toLowerCase().replace('_', '-');
            TestUsers.create(tutela, name, Role.REVIEWER, "inside");
            tutela.requests().desks().set(name, Optional.of(desk));
        }
        server = WebServer.start(tutela, 0);
        browser = Browser.open("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (tutela != null) {
            tutela.close();
        }
    }

    static void loginAs(String user) {
        browser.driver.manage().deleteAllCookies();
        browser.login(user, TestUsers.PASSWORD);
    }

    /** Opens a page, stating the purpose first when the role must. */
    static void open(String path) {
        browser.go(path);
        if (browser.driver.getCurrentUrl().contains("/security/purpose")) {
            browser.find("#purpose").sendKeys("file MLA/2026/1, workflow");
            browser.submitting(browser.find("main form"));
        }
    }

    /** Opens the action's panel, fills its form ({name, value} pairs; a checkbox's value ticks it) and submits it. */
    static void step(String kind, String... fields) {
        WebElement details = browser.find("#action-" + kind);
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        WebElement form = details.findElement(By.tagName("form"));
        for (int i = 0; i < fields.length; i += 2) {
            String name = fields[i];
            String value = fields[i + 1];
            WebElement field = form.findElements(By.cssSelector("[name='" + name + "']")).stream()
                    .filter(e -> !"checkbox".equals(e.getAttribute("type")) && !"radio".equals(e.getAttribute("type")) || value.equals(e.getAttribute("value")))
                    .findFirst().orElseThrow(() -> new AssertionError("no field " + name + "=" + value + " in the form " + kind));
            if ("select".equals(field.getTagName())) {
                new Select(field).selectByValue(value);
            } else if ("checkbox".equals(field.getAttribute("type")) || "radio".equals(field.getAttribute("type"))) {
                if (!field.isSelected()) {
                    field.click();
                }
            } else if ("date".equals(field.getAttribute("type"))) {
                browser.js("arguments[0].value = arguments[1];", field, value);
            } else {
                field.clear();
                field.sendKeys(value);
            }
        }
        browser.submitting(form);
    }

    /** A step the rules allow: the page says it was recorded. */
    static void done(String kind, String... fields) {
        step(kind, fields);
        assertThat(browser.all("#workflow-done")).as(kind + ": " + browser.all("#workflow-error").stream().map(WebElement::getText).toList()
                + " " + browser.driver.getCurrentUrl()).isNotEmpty();
    }

    static String measureNumber(String label) {
        return browser.all("#measures tbody tr").stream().filter(r -> r.getText().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no measure " + label)).getAttribute("data-measure");
    }

    @Test
    void aRequestFromIntakeToClosureThroughAHoldThatRefusesADisclosure() {
        loginAs("central-authority");
        open("/requests/new");
        browser.choose("type", "MLA");
        browser.type("requestingState", "KZ");
        browser.type("requestedState", "BE");
        browser.set("date", "2026-01-15");
        browser.type("person1Name", "КАВАЛЕНКА Надзея");
        browser.choose("person1Role", "TARGET");
        browser.type("allegedFacts", "Laundering of a bank's funds");
        browser.tick("measures", "SEARCH_HOME");
        browser.tick("measures", "REFUGEE_FILE");
        browser.submit();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-document")));
        assertThat(browser.text("#screening-history")).as("registered and screened").contains("2026");
        browser.find("#workflow-link").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stepper")));
        String page = browser.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        assertThat(page).matches("/requests/[^/]+/workflow");
        assertThat(browser.text("#stepper li.current")).isEqualTo("Registered");

        // the screening suggested who the named person is; the reviewer confirms it from the page
        WebElement confirm = browser.find("#named-persons form.identity-form");
        new Select(confirm.findElement(By.name("person"))).selectByValue(Samples.TARGET.value());
        confirm.findElement(By.name("reason")).sendKeys("same name and birth date as in the registry");
        browser.submitting(confirm);
        assertThat(browser.text("#named-persons")).contains("is ").contains("Kavalenka");
        assertThat(browser.all("#named-persons form.identity-form")).isEmpty();

        done("RELY_ON_SCREENING", "reason", "the report of today");
        assertThat(browser.text("#stepper li.current")).isEqualTo("Screened");
        assertThat(browser.text("#screening-relied-on")).contains("as of");
        done("DECIDE_ADMISSION", "outcome", "ADMITTED_WITH_CONDITIONS", "conditions", "SPECIALITY", "conditions", "NO_FOREIGN_OFFICIALS_PRESENT",
                "departure", "the conditions answer the flags", "reason", "treaty conditions met under assurances");
        assertThat(browser.text("#admissions")).contains("Admitted with conditions").contains("treaty conditions met");
        assertThat(browser.all("#conditions li.condition")).hasSize(2);
        done("DECIDE_MEASURE", "measure", measureNumber("Refugee file"), "outcome", "REFUSED", "reason", "asylum files are never sent");
        browser.screenshot("workflow-admitted");

        loginAs("prosecutor");
        open(page);
        assertThat(browser.all("#action-DECIDE_ADMISSION")).as("the prosecutor does not admit").isEmpty();
        done("MOVE", "transition", "START_EXECUTION", "reason", "sent to the investigating judge");

        loginAs("investigating-judge");
        open(page);
        done("DECIDE_MEASURE", "measure", measureNumber("Search home"), "outcome", "AUTHORISED", "reason", "warrant issued");
        assertThat(browser.text("#stepper li.current")).isEqualTo("Measures authorised");
        done("PLACE_HOLD", "hold", "PRIVILEGE_REVIEW", "reason", "a lawyer's files among the seized material");
        assertThat(browser.text("#holds")).contains("Privilege review");

        String[] disclosure = {"disclosure.item", "SEIZED_FILES", "disclosure.what", "copies of the seized files", "disclosure.recipientKind",
                "REQUESTING_STATE", "disclosure.recipient", "the requesting state", "disclosure.decision", "measure 1", "reason", "results of the search"};
        step("RECORD_DISCLOSURE", disclosure);
        assertThat(browser.text("#workflow-error")).contains("NoDisclosureUnderHold").contains("PRIVILEGE_REVIEW").contains("RECORD_DISCLOSURE");
        assertThat(browser.text("#ledger")).contains("Nothing has been disclosed");
        assertThat(browser.text("#workflow-alerts")).contains("oversight");
        browser.screenshot("workflow-disclosure-refused");

        done("LIFT_HOLD", "hold", "1", "reason", "privileged files set aside by the judge");
        assertThat(browser.text("#holds")).contains("No hold");
        done("RECORD_DISCLOSURE", disclosure);
        assertThat(browser.text("#ledger")).contains("copies of the seized files").contains("Authorised").doesNotContain("Breach");
        done("MOVE", "transition", "GATHER_RESULTS", "reason", "results gathered");

        loginAs("central-authority");
        open(page);
        done("MOVE", "transition", "TRANSMIT", "reason", "results sent through the central authority");
        done("MOVE", "transition", "CLOSE", "reason", "request executed");
        assertThat(browser.text("#stepper li.current")).isEqualTo("Closed");
        assertThat(browser.text("#entries")).contains("Record a disclosure").contains("Lift a hold").contains("central-authority");
        browser.screenshot("workflow-closed");

        open("/requests");
        assertThat(browser.text("#requests-by-state")).contains("Closed");
        assertThat(browser.text("#workflow-alerts-all")).contains("Disclosure refused").contains("oversight");
        assertThat(browser.text("#requests-by-holder")).contains("No holder named").contains("MLA request, KZ → BE, 15 January 2026");
    }
}
