package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Role;
import org.tutela.app.security.Totp;
import org.tutela.app.web.WebServer;

/** The account page in headless Chromium: a second factor enrolled from the QR code's key, and an access token made. */
@org.junit.jupiter.api.extension.ExtendWith(BrowserAvailable.class)
class AccountPageInBrowserTest {
    static final String PASSWORD = "lantern quietly orbit";
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static Browser browser;

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        tutela.accounts().add("paula", PASSWORD.toCharArray(), Role.DOCUMENTER, List.of("ngo-a", "ngo-b"), "test");
        server = WebServer.start(tutela, 0);
        browser = Browser.open("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
        browser.login("paula", PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
        tutela.close();
    }

    void click(String formAction) {
        WebElement form = browser.find("form[action='" + formAction + "']");
        browser.submitting(form);
    }

    @Test
    void aSecondFactorIsEnrolledFromThePageAndAnAccessTokenMade() {
        browser.go("/security/account");
        browser.screenshot("account");
        click("/security/tokens");
        String token = browser.text("#token");
        assertThat(token).startsWith("tutela_");
        assertThat(tutela.tokens().authenticate(token, "test", "test")).isPresent();

        browser.go("/security/account");
        click("/security/totp");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/security/totp");
        Object width = browser.js("return document.querySelector(\"img[src='/security/totp/qr.png']\").naturalWidth;");
        assertThat(((Number) width).intValue()).as("the QR code image loaded under the page's CSP").isGreaterThan(100);
        browser.screenshot("second-factor-enrolment");
        String key = browser.text("code").replace(" ", "");
        browser.type("code", Totp.code(key, Instant.now()));
        click("/security/totp/confirm");
        assertThat(browser.all("ol.recovery-codes li")).hasSize(10);
        browser.screenshot("recovery-codes");
        assertThat(tutela.accounts().find("paula").orElseThrow().totpSecret()).contains(key);
    }
}
