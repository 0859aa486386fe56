package org.tutela.app.web.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.web.WebServer;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Samples;

/**
 * The language of a page over plain HTTP, on the invented case of {@link Samples}: ?lang= (kept in a
 * cookie), else Accept-Language, else English; Kazakh on the public lookup only; every page in every
 * language without a missing key; dates and states in the page's language.
 */
class LanguagesHttpTest {
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static String documenter;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** What Thymeleaf writes for a key no bundle has: ??key_fr??. */
    static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[\\w.-]+_[a-z]{2}\\w*\\?\\?");

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir.resolve("data"), Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "invented case"));
        tutela.awaitConsumers();
        tutela.compartments().assignUnassigned("sample-case");
        documenter = TestUsers.create(tutela, "languages-documenter", Role.DOCUMENTER, "sample-case");
        server = WebServer.start(tutela, 0);
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String lang(HttpResponse<String> page) {
        var m = Pattern.compile("<html[^>]* lang=\"([a-z]+)\"").matcher(page.body());
        assertThat(m.find()).as("the page has <html lang>").isTrue();
        return m.group(1);
    }

    @Test
    void theBrowsersLanguageChoosesThePageLanguage() throws Exception {
        HttpResponse<String> french = get("/lookup", "Accept-Language", "fr");
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.headers().firstValue("Content-Language")).hasValue("fr");
        assertThat(lang(french)).isEqualTo("fr");
        assertThat(french.body()).contains("Vous rechercher").doesNotContain("Look yourself up");
        assertThat(get("/", "Accept-Language", "fr", "Authorization", documenter).body())
                .contains("Tutela — un registre de la répression transnationale").doesNotContain("Dashboard");
        assertThat(lang(get("/login", "Accept-Language", "fr"))).isEqualTo("fr");
        assertThat(lang(get("/login", "Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5"))).isEqualTo("fr");
        assertThat(lang(get("/login", "Accept-Language", "de-DE,nl;q=0.8,en;q=0.5"))).as("the first it speaks").isEqualTo("nl");
        assertThat(lang(get("/login", "Accept-Language", "de-DE,de;q=0.9"))).as("none it speaks").isEqualTo("en");
        assertThat(lang(get("/login"))).isEqualTo("en");
        HttpResponse<String> russian = get("/login", "Accept-Language", "ru-RU");
        assertThat(lang(russian)).isEqualTo("ru");
        assertThat(russian.body()).contains("Имя пользователя");
    }

    @Test
    void kazakhOnTheLookupRussianElsewhere() throws Exception {
        HttpResponse<String> kazakh = get("/lookup", "Accept-Language", "kk-KZ,ru;q=0.5");
        assertThat(kazakh.headers().firstValue("Content-Language")).hasValue("kk");
        assertThat(lang(kazakh)).isEqualTo("kk");
        assertThat(kazakh.body()).contains("Өзіңізді тексеріңіз");
        assertThat(lang(get("/login", "Accept-Language", "kk-KZ"))).isEqualTo("ru");
        HttpResponse<String> chosen = get("/lookup?lang=kk");
        assertThat(chosen.headers().firstValue("Content-Language")).hasValue("kk");
        String cookie = cookie(chosen).orElseThrow();
        assertThat(get("/lookup", "Cookie", cookie).headers().firstValue("Content-Language")).hasValue("kk");
        assertThat(lang(get("/login", "Cookie", cookie))).isEqualTo("ru");
        assertThat(get("/login", "Cookie", cookie).body()).doesNotContain("?lang=kk");
    }

    @Test
    void aChosenLanguageIsKeptInACookieAndWinsOverTheBrowser() throws Exception {
        HttpResponse<String> chosen = get("/login?lang=nl", "Accept-Language", "fr");
        assertThat(lang(chosen)).isEqualTo("nl");
        String cookie = cookie(chosen).orElseThrow();
        assertThat(cookie).isEqualTo("tutela-lang=nl");
        assertThat(lang(get("/login", "Accept-Language", "fr", "Cookie", cookie))).isEqualTo("nl");
        HttpResponse<String> unknown = get("/login?lang=xx", "Accept-Language", "fr");
        assertThat(lang(unknown)).as("an unknown ?lang= changes nothing").isEqualTo("fr");
        assertThat(cookie(unknown)).isEmpty();
        assertThat(lang(get("/login", "Cookie", "tutela-lang=de"))).as("a cookie naming no language of ours").isEqualTo("en");
    }

    /** The refusal of a forged form is written before any page is chosen: in the browser's language. */
    @Test
    void aFormWithoutItsTokenIsRefusedInTheBrowsersLanguage() throws Exception {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html").header("Accept-Language", "nl-BE")
                .POST(HttpRequest.BodyPublishers.ofString("username=x&password=y")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(lang(refused)).isEqualTo("nl");
        assertThat(refused.body()).contains("Formulier verlopen of vervalst");
    }

    @Test
    void theSwitchListsEachLanguageInItselfAndMarksTheCurrentOne() throws Exception {
        String page = get("/login?lang=ru").body();
        assertThat(page).contains("lang=\"fr\"").contains(">Français<").contains(">Nederlands<").contains(">Русский<").contains(">English<");
        assertThat(page).containsPattern("aria-current=\"true\"[^>]*>Русский<|lang=\"ru\"[^>]*aria-current=\"true\"");
    }

    @Test
    void everyPageInEveryLanguageHasAllItsWords() throws Exception {
        List<String> paths = List.of("/", "/search", "/search?q=Sample", "/statistics", "/patterns", "/requests",
                "/persons/" + Samples.TARGET.value(), "/records/" + Samples.REQUEST.value(), "/records/" + Samples.CASE.value(),
                "/graph/" + Samples.TARGET.value(), "/requests/" + Samples.REQUEST.value() + "/report",
                "/requests/" + Samples.REQUEST.value() + "/workflow", "/record/incident", "/requests/new", "/records/no-such-record",
                "/security/account", "/lookup");
        for (Locale language : Languages.INTERFACE) {
            for (String path : paths) {
                HttpResponse<String> page = get(path + (path.contains("?") ? "&" : "?") + "lang=" + language.getLanguage(),
                        "Authorization", documenter);
                assertThat(page.statusCode()).as(path).isIn(200, 403, 404);
                if (!OTHERS_HTML.contains(path)) {
                    assertThat(lang(page)).as(path).isEqualTo(language.getLanguage());
                }
                assertThat(page.body()).as(path + " in " + language).doesNotContainPattern(MISSING_KEY);
            }
        }
    }

    /** Pages whose templates set their own html element. */
    static final java.util.Set<String> OTHERS_HTML = java.util.Set.of("/records/" + Samples.REQUEST.value(),
            "/records/" + Samples.CASE.value(), "/requests/" + Samples.REQUEST.value() + "/report", "/record/incident", "/requests/new",
            "/records/no-such-record");

    @Test
    void datesAndStatesInThePagesLanguage() throws Exception {
        String person = "/persons/" + Samples.TARGET.value();
        assertThat(get(person + "?lang=en", "Authorization", documenter).body()).contains("17 May 1984");
        assertThat(get(person + "?lang=fr", "Authorization", documenter).body()).contains("17 mai 1984");
        assertThat(get(person + "?lang=nl", "Authorization", documenter).body()).contains("17 mei 1984");
        String russian = get(person + "?lang=ru", "Authorization", documenter).body();
        assertThat(russian).contains("17 мая 1984").contains("Беларусь").doesNotContain("Belarus (BY)");
    }

    @Test
    void validTimesOfAPersonsFactsInThePagesLanguage() throws Exception {
        String brother = "/persons/" + Samples.BROTHER.value();
        String english = get(brother + "?lang=en", "Authorization", documenter).body();
        assertThat(english).contains("since 2017").contains("Lithuania (LT) 2015–").contains("Belarus (BY) since March 2019");
        assertThat(get(brother + "?lang=fr", "Authorization", documenter).body()).contains("depuis 2017").contains("de 2015 à");
        assertThat(get(brother + "?lang=nl", "Authorization", documenter).body()).contains("sinds 2017").contains("van 2015 tot");
        assertThat(get(brother + "?lang=ru", "Authorization", documenter).body()).contains("(начало: 2017").contains("(2015 г. — около 2018");
    }

    static Optional<String> cookie(HttpResponse<String> page) {
        return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(LanguageConfig.COOKIE + "="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }
}
