package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.DemoData;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.DemoUsers;
import org.tutela.app.security.Role;
import org.tutela.app.web.WebServer;

/**
 * The language switch as a reader uses it, in headless Chromium on the demo: a click on a language
 * names the page in it, and the choice follows the reader from page to page. Screenshots of the pages in
 * French and Russian go to target/screenshots.
 */
@org.junit.jupiter.api.extension.ExtendWith(BrowserAvailable.class)
class LanguagesInBrowserTest {
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
        DemoUsers.DemoUser documenter = DemoUsers.create(tutela).stream().filter(u -> u.role() == Role.DOCUMENTER)
                .filter(u -> u.compartment().equals(DemoUsers.SEED_COMPARTMENT)).findFirst().orElseThrow();
        server = WebServer.start(tutela, 0);
        browser = Browser.open("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
        browser.go("/");
        browser.login(documenter.name(), documenter.password());
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

    /** Clicks the language named {@code name} in the switch and waits for the page in {@code lang}. */
    static void choose(String name, String lang) {
        browser.find("nav.languages").findElement(By.linkText(name)).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
    }

    @Test
    void theSwitchChangesTheLanguageAndTheChoiceFollowsTheReader() {
        browser.go("/");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find("nav.languages a[lang='ru']").getText()).isEqualTo("Русский");
        choose("Français", "fr");
        assertThat(browser.text("h1")).isEqualTo("Tableau de bord");
        assertThat(browser.find("nav.languages a[aria-current='true']").getText()).isEqualTo("Français");
        assertThat(browser.text("#open-requests")).contains("Demande d’entraide judiciaire, Kazakhstan → Belgique");
        browser.screenshot("dashboard-fr");

        browser.go("/search?q=ДЖАРДЕМАЛИ");
        assertThat(browser.find("html").getAttribute("lang")).as("the cookie keeps the choice").isEqualTo("fr");
        assertThat(browser.text("h1")).isEqualTo("Recherche");

        choose("Русский", "ru");
        browser.go("/persons/person-csgj5chf4d");
        assertThat(browser.text("#timeline h2")).isEqualTo("Хронология");
        assertThat(browser.text("#profile")).contains("Гражданство").contains("Казахстан");
        browser.screenshot("person-ru");
        browser.go("/requests/request-kz-be-mla-2018-03-30/report");
        assertThat(browser.text("body")).contains("Сработавшие тревожные признаки").contains("Оценка: Отказать");
        browser.screenshot("report-ru");
        browser.go("/");
        browser.screenshot("dashboard-ru");

        choose("English", "en");
        assertThat(browser.text("h1")).isEqualTo("Dashboard");
    }
}
