package org.tutela.app.web.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through chromedriver, Debian's packages by default ({@code chromium},
 * {@code chromium-driver}); {@code -Dtutela.chromium} and {@code -Dtutela.chromedriver} point elsewhere.
 * Where they are absent the browser tests are skipped, saying why, so that a build without a browser passes.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    final ChromeDriver driver;
    final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Starts a browser for {@code base}, or skips the calling tests when there is none (fails them where one is required). */
    static Browser open(String base) {
        BrowserAvailable.assume();
        Path chromium = BrowserAvailable.chromium();
        Path chromedriver = BrowserAvailable.chromedriver();
        try {
            Path profile = Files.createTempDirectory("tutela-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            Files.createDirectories(SCREENSHOTS);
            return new Browser(driver, base, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in through the login page, as a person would. */
    void login(String name, String password) {
        go("/login");
        find("#username").sendKeys(name);
        find("#password").sendKeys(password);
        submitting(find("main form"));
        if (driver.getCurrentUrl().contains("error")) {
            throw new IllegalStateException("login refused for " + name);
        }
    }

    void go(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String name, String text) {
        WebElement field = find("[name='" + name + "']");
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a value the way a paste would, for dates (whose typing depends on the locale) and very long texts. */
    void set(String name, String value) {
        js("var e = document.querySelector(\"[name='\" + arguments[0] + \"']\"); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));", name, value);
    }

    void choose(String name, String value) {
        new Select(find("select[name='" + name + "']")).selectByValue(value);
    }

    /** Puts a record's id in a picker, as typing the id itself would (the page's script is not needed for it). */
    void pick(String name, String id) {
        js("var e = document.querySelector(\"input.picker[name='\" + arguments[0] + \"']\"); e.value = arguments[1];", name, id);
    }

    /**
     * Types {@code text} into a picker as a person would, waits for the suggestion whose title contains {@code title}
     * and chooses it; returns the chosen record's id.
     */
    String pickBySearch(String name, String text, String title) {
        WebElement input = find("input.picker[name='" + name + "']");
        input.clear();
        input.sendKeys(text);
        String id = waiting().ignoring(WebDriverException.class).until(d -> (String) js(
                "var o = Array.from(document.querySelectorAll('#l-' + arguments[0] + ' option'))"
                        + ".find(o => (o.label || o.textContent).indexOf(arguments[1]) >= 0); return o ? o.value : null;", name, title));
        // choosing a suggestion puts its value in the field, which the page's script then takes
        js("var e = document.querySelector(\"input.picker[name='\" + arguments[0] + \"']\"); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));", name, id);
        return id;
    }

    void tick(String name, String value) {
        WebElement box = find("input[type=checkbox][name='" + name + "'][value='" + value + "']");
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** A form field and what to put in it, the way a person would: typed, pasted ({@link #set}), chosen, ticked or picked. */
    record Field(String name, String value, Way way) {
        enum Way { TYPED, PASTED, CHOSEN, TICKED, PICKED }

        static Field typed(String name, String text) {
            return new Field(name, text, Way.TYPED);
        }

        static Field pasted(String name, String value) {
            return new Field(name, value, Way.PASTED);
        }

        static Field chosen(String name, String value) {
            return new Field(name, value, Way.CHOSEN);
        }

        static Field ticked(String name, String value) {
            return new Field(name, value, Way.TICKED);
        }

        static Field picked(String name, String id) {
            return new Field(name, id, Way.PICKED);
        }
    }

    /** Fills the fields in the order given, each as {@link Field#way} says. */
    void fill(Field... fields) {
        for (Field f : fields) {
            switch (f.way()) {
                case TYPED -> type(f.name(), f.value());
                case PASTED -> set(f.name(), f.value());
                case CHOSEN -> choose(f.name(), f.value());
                case TICKED -> tick(f.name(), f.value());
                case PICKED -> pick(f.name(), f.value());
            }
        }
    }

    /** Submits the form and waits for the answer to replace the page. */
    void submit() {
        submitting(find("form.record-form"));
    }

    /**
     * Clicks the form's submit button and waits until the answer has replaced the page. The old page is marked
     * first and the wait asks the window for that mark: waiting for the form to go stale asks Chromium about a
     * node of a document that is being torn down, which it sometimes answers with an inspector error instead.
     */
    void submitting(WebElement form) {
        js("window.tutelaOldPage = true;");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                js("return window.tutelaOldPage === undefined && document.readyState === 'complete';")));
    }

    /** The message shown beside a form field, or empty. */
    String errorBeside(String name) {
        List<WebElement> errors = all("#field-" + name + " .field-error");
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    boolean alertShown() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Saves a full-page screenshot under target/screenshots, to be looked at. */
    Path screenshot(String name) {
        try {
            Long height = (Long) js("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
            var size = driver.manage().window().getSize();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(Math.max(height, 800), 6000)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(size);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
