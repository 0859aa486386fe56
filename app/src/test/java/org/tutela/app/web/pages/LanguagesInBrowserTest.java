package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tutela.app.security.Role;

/**
 * The language switch as a reader uses it, in headless Chromium on the demo: a click on a language
 * names the page in it, and the choice follows the reader from page to page. Screenshots of the pages in
 * French and Russian go to target/screenshots.
 */
class LanguagesInBrowserTest extends InBrowser {
    @BeforeAll
    void logIn() {
        browser.go("/");
        loginAs(Role.DOCUMENTER);
    }

    /** Clicks the language named {@code name} in the switch and waits for the page in {@code lang}. */
    void choose(String name, String lang) {
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
        // a state is named in the reader's language on the charts, and its bar still links to the search by its code
        browser.go("/statistics");
        String byHost = browser.find("#by-host").getAttribute("innerHTML");
        assertThat(byHost).contains("Бельгия").doesNotContain("Belgium").contains("hostState=BE");
        browser.go("/");
        browser.screenshot("dashboard-ru");

        choose("English", "en");
        assertThat(browser.text("h1")).isEqualTo("Dashboard");
    }
}
