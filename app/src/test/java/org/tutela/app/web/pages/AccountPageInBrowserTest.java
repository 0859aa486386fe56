package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Role;
import org.tutela.app.security.Totp;

/** The account page in headless Chromium: a second factor enrolled from the QR code's key, and an access token made. */
class AccountPageInBrowserTest extends InBrowser {
    static final String PASSWORD = "lantern quietly orbit";

    @Override
    Tutela install(Path dir) {
        Tutela opened = Tutela.open(new Settings(dir, Optional.empty()));
        opened.accounts().add("paula", PASSWORD.toCharArray(), Role.DOCUMENTER, List.of("ngo-a", "ngo-b"), "test");
        return opened;
    }

    @BeforeAll
    void logIn() {
        browser.login("paula", PASSWORD);
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
