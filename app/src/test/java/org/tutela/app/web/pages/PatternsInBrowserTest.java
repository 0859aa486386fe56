package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.DemoData;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.DemoUsers;
import org.tutela.app.security.Role;
import org.tutela.app.web.WebServer;

/** The Patterns page on the demo, in Chromium: the seed case's patterns, each with its records and sources. */
@org.junit.jupiter.api.extension.ExtendWith(BrowserAvailable.class)
class PatternsInBrowserTest {
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Settings demo = new Settings(dir.resolve("demo"), Optional.empty());
        DemoData.load(demo);
        tutela = Tutela.open(demo);
        DemoUsers.DemoUser analyst = DemoUsers.create(tutela).stream().filter(u -> u.role() == Role.ANALYST)
                .filter(u -> u.compartment().equals(DemoUsers.SEED_COMPARTMENT)).findFirst().orElseThrow();
        server = WebServer.start(tutela, 0);
        browser = Browser.open("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
        browser.go("/");
        browser.login(analyst.name(), analyst.password());
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
