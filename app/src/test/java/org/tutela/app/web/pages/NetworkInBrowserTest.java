package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tutela.app.security.Role;

/**
 * The network of the seed case in Chromium, as Cytoscape.js draws it: the labels' rendered boxes asked of
 * the library at the default zoom, the filters and the time slider, the SVG and PNG exports. Screenshots
 * and the exported files go to target/screenshots.
 */
class NetworkInBrowserTest extends InBrowser {
    static final String CASE = "/graph/proceeding-kz-170000131000012";
    /** The smallest size a label may be drawn at, in CSS pixels, to be read without zooming. */
    static final double LEGIBLE_PX = 11;

    @BeforeAll
    void logInAndKeepTheExports() {
        browser.go("/");
        loginAs(Role.ANALYST);
        // exports are saved where the screenshots are, to be looked at
        browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", Browser.SCREENSHOTS.toAbsolutePath().toString()));
    }

    @BeforeEach
    void openTheCase() {
        browser.go(CASE);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-drawn]")));
    }

    /** The rendered label box of every record and case box shown, as Cytoscape.js reports it. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> labelBoxes() {
        return (List<Map<String, Object>>) browser.js("return window.tutelaNetwork.nodes(':visible').map(function (n) {"
                + " var b = n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false});"
                + " return {id: n.id(), label: n.data('label'), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, w: b.w}; });");
    }

    static double num(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    static List<String> overlaps(List<Map<String, Object>> boxes) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Map<String, Object> a = boxes.get(i), b = boxes.get(j);
                if (num(a, "x1") < num(b, "x2") && num(b, "x1") < num(a, "x2") && num(a, "y1") < num(b, "y2") && num(b, "y1") < num(a, "y2")) {
                    found.add(a.get("label") + " / " + b.get("label"));
                }
            }
        }
        return found;
    }

    /** What a script returns once Cytoscape has brought its styles up to date after a filter (it may take a frame). */
    void eventually(String script, Object expected) {
        browser.waiting().withTimeout(java.time.Duration.ofSeconds(5)).until(d -> expected.equals(browser.js(script)));
    }

    /** The drawing alone, as the page shows it at its default zoom. */
    void drawing(String name) {
        try {
            Files.write(Browser.SCREENSHOTS.resolve(name + ".png"), browser.find(".graph-wrap").getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    long shown() {
        return Long.parseLong(browser.find("#graph").getAttribute("data-shown"));
    }

    @Test
    void theFirstViewOfTheCaseReadsWithoutZooming() {
        // the case's records in one box, the person it is most directed against in the middle
        assertThat(browser.js("return window.tutelaNetwork.nodes('.centre').data('full');")).isEqualTo("Botagoz Jardemalie");
        assertThat(browser.js("return window.tutelaNetwork.getElementById('request-kz-be-mla-2018-03-30').parent().data('label');"))
                .asString().contains("170000131000012");
        for (String member : List.of("request-kz-be-extradition-2018-04-24", "request-kz-li-mla-2018", "incident-brother-hostage-2017-11-13")) {
            assertThat(browser.js("return window.tutelaNetwork.getElementById(arguments[0]).parent().id();", member)).as(member)
                    .isEqualTo(browser.js("return window.tutelaNetwork.getElementById('proceeding-kz-170000131000012').parent().id();"));
        }
        // not every record of the registry: the first view is the case and what it names
        assertThat(shown()).isLessThan(60);

        List<Map<String, Object>> boxes = labelBoxes();
        assertThat(boxes).hasSizeGreaterThan(10);
        assertThat(overlaps(boxes)).as("labels overlapping at the default zoom").isEmpty();
        double zoom = ((Number) browser.js("return window.tutelaNetwork.zoom();")).doubleValue();
        double font = ((Number) browser.js("return parseFloat(window.tutelaNetwork.nodes(':childless').first().style('font-size'));")).doubleValue();
        assertThat(font * zoom).as("label size on screen, px").isGreaterThanOrEqualTo(LEGIBLE_PX);
        // the whole picture inside the drawing's box: nothing to pan or zoom to
        long width = (Long) browser.js("return document.getElementById('graph').clientWidth;");
        long height = (Long) browser.js("return document.getElementById('graph').clientHeight;");
        assertThat(boxes).allSatisfy(b -> {
            assertThat(num(b, "x1")).as("%s left", b.get("label")).isGreaterThanOrEqualTo(0);
            assertThat(num(b, "x2")).as("%s right", b.get("label")).isLessThanOrEqualTo(width);
            assertThat(num(b, "y1")).as("%s top", b.get("label")).isGreaterThanOrEqualTo(0);
            assertThat(num(b, "y2")).as("%s bottom", b.get("label")).isLessThanOrEqualTo(height);
        });
        // long titles are shortened in the drawing; the full one is on hover and in the list
        assertThat(boxes).filteredOn(b -> !b.get("id").toString().startsWith("case:"))
                .allSatisfy(b -> assertThat(((String) b.get("label")).length()).as("%s", b.get("label")).isLessThanOrEqualTo(28));
        assertThat(browser.js("return window.tutelaNetwork.getElementById('request-kz-be-mla-2018-03-30').data('full');"))
                .asString().contains("Kazakhstan").contains("Belgium");
        assertThat(browser.text("#graph-list")).contains("Botagoz Jardemalie");
        browser.screenshot("network-case");
        drawing("network-case-drawing");
    }

    @Test
    void theFiltersAndTheSliderChangeWhatIsDrawn() {
        long all = shown();
        browser.find("#graph-filters input[name=kind][value=incident]").click();
        assertThat(shown()).isLessThan(all);
        eventually("return window.tutelaNetwork.nodes('.incident:visible').length;", 0L);
        browser.find("#graph-filters input[name=kind][value=incident]").click();
        assertThat(shown()).isEqualTo(all);

        browser.choose("state", "LI");
        assertThat(shown()).isLessThan(all);
        eventually("return window.tutelaNetwork.nodes(':visible').filter(function (n) {"
                + " return !n.isParent() && n.data('kind') !== 'person' && n.data('kind') !== 'organisation' && n.data('states').indexOf('LI') < 0; }).length;", 0L);
        eventually("return window.tutelaNetwork.getElementById('request-kz-li-mla-2018').visible();", true);
        drawing("network-filter-state");
        browser.choose("state", "");
        assertThat(shown()).isEqualTo(all);

        // the slider back to 2017: the requests of 2018 and what followed are not yet drawn, the earlier acts are
        browser.js("var s = document.getElementById('graph-asof'); s.value = '2017'; s.dispatchEvent(new Event('input', {bubbles: true}));");
        assertThat(browser.text("#graph-asof-year")).isEqualTo("2017");
        assertThat(shown()).isLessThan(all);
        eventually("return window.tutelaNetwork.getElementById('request-kz-be-mla-2018-03-30').visible();", false);
        eventually("return window.tutelaNetwork.getElementById('incident-brother-hostage-2017-11-13').visible();", true);
        eventually("return window.tutelaNetwork.nodes(':visible').filter(function (n) { return n.data('year') != null && n.data('year') > 2017; }).length;", 0L);
        assertThat(overlaps(labelBoxes())).isEmpty();
        drawing("network-slider-2017");
        browser.js("var s = document.getElementById('graph-asof'); s.value = s.max; s.dispatchEvent(new Event('input', {bubbles: true}));");
        assertThat(shown()).isEqualTo(all);

        // the period's first year: nothing before it
        browser.set("from", "2019");
        eventually("return window.tutelaNetwork.nodes(':visible').filter(function (n) { return n.data('year') != null && n.data('year') < 2019; }).length;", 0L);
        assertThat(shown()).isLessThan(all);
    }

    @Test
    void theDrawingExportsAsSvgAndPng() throws Exception {
        browser.find("#graph-svg").click();
        String svg = browser.find("#graph-download").getAttribute("href");
        assertThat(svg).startsWith("data:image/svg+xml");
        String markup = URLDecoder.decode(svg.substring(svg.indexOf(',') + 1), StandardCharsets.UTF_8);
        assertThat(markup).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("170000131000012").contains("Botagoz Jardemalie")
                .endsWith("</svg>");
        Files.writeString(Browser.SCREENSHOTS.resolve("network-export.svg"), markup);

        browser.find("#graph-png").click();
        String png = browser.find("#graph-download").getAttribute("href");
        assertThat(png).startsWith("data:image/png;base64,");
        byte[] bytes = Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
        assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        Files.write(Browser.SCREENSHOTS.resolve("network-export.png"), bytes);
        assertThat(browser.find("#graph-download").getAttribute("download")).isEqualTo("network-proceeding-kz-170000131000012.png");
    }

    @Test
    void aPersonsNetworkReadsToo() {
        browser.go("/graph/person-csgj5chf4d");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-drawn]")));
        assertThat(browser.js("return window.tutelaNetwork.nodes('.centre').id();")).isEqualTo("person-csgj5chf4d");
        assertThat(overlaps(labelBoxes())).as("labels overlapping at the default zoom").isEmpty();
        browser.screenshot("network-person");
        drawing("network-person-drawing");
    }
}
