package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tutela.app.security.Role;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.RecordKind;

/**
 * WCAG 2.2 AA in the browser: axe-core (a copy under test resources, MPL-2.0; its WebJar is too old, see
 * axe/README.md) is injected into every page of the application, listed once in {@link #PAGES}, on the demo data,
 * in English, French and Russian; no violation of level A or AA may remain. Each page is also drawn 375 pixels wide, as on a phone, where nothing may scroll
 * sideways. Screenshots of the phone width go to target/screenshots/a11y-*.
 */
class AccessibilityInBrowserTest extends InBrowser {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final String REQUEST = "request-kz-be-mla-2018-03-30";
    static final String PERSON = "person-csgj5chf4d";

    /** Who opens a page: nobody (the public pages), or the administrator, whose role reaches every other page. */
    enum Who { NOBODY, ADMINISTRATOR }

    record Page(Who who, String path) {
    }

    /** Every page of the application. A new page is added here. */
    static List<Page> pages(String incident) {
        List<Page> pages = new ArrayList<>(List.of(
                new Page(Who.NOBODY, "/login"),
                new Page(Who.NOBODY, "/lookup"),
                new Page(Who.ADMINISTRATOR, "/"),
                new Page(Who.ADMINISTRATOR, "/search"),
                new Page(Who.ADMINISTRATOR, "/search?q=%D0%94%D0%96%D0%90%D0%A0%D0%94%D0%95%D0%9C%D0%90%D0%9B%D0%98"),
                new Page(Who.ADMINISTRATOR, "/persons/" + PERSON),
                new Page(Who.ADMINISTRATOR, "/records/" + incident),
                new Page(Who.ADMINISTRATOR, "/records/" + REQUEST),
                new Page(Who.ADMINISTRATOR, "/records/" + PERSON + "/edit"),
                new Page(Who.ADMINISTRATOR, "/records/" + incident + "/edit"),
                new Page(Who.ADMINISTRATOR, "/requests"),
                new Page(Who.ADMINISTRATOR, "/requests/new"),
                new Page(Who.ADMINISTRATOR, "/requests/" + REQUEST + "/report"),
                new Page(Who.ADMINISTRATOR, "/requests/" + REQUEST + "/workflow"),
                new Page(Who.ADMINISTRATOR, "/graph/" + PERSON),
                new Page(Who.ADMINISTRATOR, "/patterns"),
                new Page(Who.ADMINISTRATOR, "/statistics"),
                new Page(Who.ADMINISTRATOR, "/statistics/analysis"),
                new Page(Who.ADMINISTRATOR, "/security/account"),
                new Page(Who.ADMINISTRATOR, "/security/totp"),
                new Page(Who.ADMINISTRATOR, "/security/purpose"),
                new Page(Who.ADMINISTRATOR, "/security/audit"),
                new Page(Who.ADMINISTRATOR, "/admin/lists"),
                new Page(Who.ADMINISTRATOR, "/federation"),
                new Page(Who.ADMINISTRATOR, "/records/no-such-record")));
        for (RecordKind kind : RecordKind.values()) {
            if (kind != RecordKind.COOPERATION_REQUEST) {
                pages.add(new Page(Who.ADMINISTRATOR, "/record/" + kind.slug()));
            }
        }
        return pages;
    }

    String axe;
    Who loggedIn = Who.NOBODY;

    @BeforeAll
    void readAxe() {
        try (InputStream in = AccessibilityInBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Stream<Arguments> everyPageInEveryLanguage() {
        // the demo's incidents are read from the database once the test class has started it
        String incident = Optional.ofNullable(tutela).map(t -> t.registry().all(Incident.class).get(0).id().value())
                .orElse("incident-unknown");
        return Stream.of("en", "fr", "ru").flatMap(lang -> pages(incident).stream().map(p -> Arguments.of(lang, p.who(), p.path())));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("everyPageInEveryLanguage")
    void noViolationOfLevelAOrAAAndNothingScrollsSidewaysOnAPhone(String lang, Who who, String path) {
        as(who);
        wide();
        browser.go(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        assertNoViolations(lang + " " + path);
        narrow();
        browser.go(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        Object overflow = browser.js("var w = window.innerWidth, out = [];"
                + "if (document.documentElement.scrollWidth > w + 1) out.push('the page is ' + document.documentElement.scrollWidth + 'px wide');"
                + "document.querySelectorAll('main *').forEach(function (e) {"
                + "  if (/^(INPUT|SELECT|TEXTAREA|OPTION|svg)$/i.test(e.tagName) || e.closest('svg')) return;"
                + "  var s = getComputedStyle(e); var r = e.getBoundingClientRect();"
                + "  if (s.display !== 'none' && r.width > 0 && r.right > w + 1) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' ends at ' + Math.round(r.right) + 'px');"
                + "  if (/(auto|scroll)/.test(s.overflowX) && e.scrollWidth > e.clientWidth + 1) out.push(e.tagName.toLowerCase() + ' scrolls sideways');"
                + "});"
                + "return out.slice(0, 10).join('; ');");
        if (lang.equals("en")) {
            browser.screenshot("a11y-375-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").replaceAll("^$", "dashboard"));
        }
        assertThat((String) overflow).as(lang + " " + path + " at 375px").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aFormWithItsMessagesBesideTheFields(String lang) {
        as(Who.ADMINISTRATOR);
        wide();
        browser.go("/record/incident?lang=" + lang);
        browser.type("newVictimName", "Someone");
        browser.set("newVictimBirthDate", "2999-01-01");
        browser.submit();
        assertThat(browser.all(".field-error")).hasSizeGreaterThan(1);
        // every message is tied to its field: a screen reader reads it with the field
        Object untied = browser.js("return Array.from(document.querySelectorAll('.field-error')).filter(function (m) {"
                + " return !document.querySelector('[aria-describedby~=\"' + m.id + '\"]'); }).map(function (m) { return m.id; }).join(' ');");
        assertThat((String) untied).isEmpty();
        assertNoViolations(lang + " incident form with messages");
    }

    static Stream<String> languages() {
        return Stream.of("en", "fr", "ru");
    }

    @SuppressWarnings("unchecked")
    private void assertNoViolations(String where) {
        browser.js(axe);
        Object result = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + " + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(', '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });", TAGS);
        assertThat((List<String>) result).as("axe-core on " + where).isEmpty();
    }

    private void as(Who who) {
        if (who == loggedIn) {
            return;
        }
        browser.driver.manage().deleteAllCookies();
        if (who == Who.ADMINISTRATOR) {
            wide();
            loginAs(Role.ADMINISTRATOR);
        }
        loggedIn = who;
    }

    private void wide() {
        browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void narrow() {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
    }
}
