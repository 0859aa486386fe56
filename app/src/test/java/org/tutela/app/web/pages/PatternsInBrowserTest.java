package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tutela.app.security.Role;

/** The Patterns page on the demo, in Chromium: the seed case's patterns, each with its records and sources. */
class PatternsInBrowserTest extends InBrowser {
    @BeforeAll
    void logIn() {
        browser.go("/");
        loginAs(Role.ANALYST);
    }

    @Test
    void theSeedCasesPatternsWithTheirSources() {
        browser.go("/");
        browser.driver.findElement(By.linkText("Patterns")).click();
        assertThat(browser.text("h1")).isEqualTo("Patterns across cases");
        String acrossStates = browser.text("#case-across-states");
        assertThat(acrossStates).contains("One case behind requests to several states").contains("170000131000012")
                .contains("Belgium, Liechtenstein").contains("MLA request");
        assertThat(browser.find("#case-across-states").findElements(By.cssSelector(".sources li"))).isNotEmpty();
        assertThat(browser.text("#proxy-request")).contains("Ukraine").contains("Kazakhstan");
        assertThat(browser.text("#enabler-across-cases")).contains("Ilyashev");
        assertThat(browser.text("#firms-for-one-principal")).contains("BTA Bank");
        assertThat(browser.text("#pressure-campaign")).contains("pressure");
        assertThat(browser.text("#notice-after-deletion")).contains("Nothing found");
        assertThat(browser.text("main")).contains("(approximate)");
        browser.screenshot("patterns");
    }
}
