package org.tutela.app.web.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.tutela.storage.security.AuditQuery;

/**
 * Loading a list from the administrators' page while the server runs, over real HTTP: all or nothing with
 * the line and field named, administrators only, a CSRF token for a session, an audit entry, and the list
 * searchable on the public page at once.
 */
class ListsPageTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static String admin;
    static String documenter;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir.resolve("data"), Optional.empty()));
        admin = TestUsers.create(tutela, "lists-admin", Role.ADMINISTRATOR, "ops");
        documenter = TestUsers.create(tutela, "lists-documenter", Role.DOCUMENTER, "ops");
        server = WebServer.start(tutela, 0);
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    /** A multipart form as a browser sends it: the fields, then the file. */
    static HttpResponse<String> upload(Map<String, String> fields, String fileName, String content, String... headers) throws Exception {
        String boundary = "----tutela" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(k)
                .append("\"\r\n\r\n").append(v).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(fileName)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n--").append(boundary).append("--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/admin/lists"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> fields(String id, boolean isPublic, String format) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("title", "Invented wanted list " + id);
        f.put("publisher", "Invented ministry");
        f.put("date", "2024-02-13");
        f.put("format", format);
        if (isPublic) {
            f.put("public", "on");
        }
        if (format.equals("csv")) {
            f.put("nameColumn", "name");
            f.put("idColumn", "ref");
            f.put("birthColumn", "born");
        }
        return f;
    }

    static String lookup(String name) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/lookup")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aBrokenListLoadsNothingAndNamesTheLineAndTheField() throws Exception {
        HttpResponse<String> refused = upload(fields("broken-list", true, "csv"), "broken.csv",
                "ref,name,born\nW-1,ТОКТАРОВ Ерлан,1971\nW-2,,1980\n", "Authorization", admin);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nothing was loaded").contains("broken.csv").contains("line 3");
        assertThat(tutela.lists().get("broken-list")).isEmpty();
        assertThat(lookup("Toktarov Erlan")).doesNotContain("id=\"results\"");

        HttpResponse<String> unread = upload(fields("broken-ftm", true, "ftm"), "broken.ftm.jsonl",
                "{\"id\":\"x-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Erlan Toktarov\"]}}\n"
                        + "{\"id\":\"x-2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A B\"],\"birthDate\":[\"not a date\"]}}\n",
                "Authorization", admin);
        assertThat(unread.statusCode()).isEqualTo(422);
        assertThat(unread.body()).contains("broken.ftm.jsonl").contains("line 2").contains("properties.birthDate");
        assertThat(tutela.lists().get("broken-ftm")).isEmpty();

        HttpResponse<String> incomplete = upload(Map.of("format", "ftm"), "x.jsonl", "", "Authorization", admin);
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("Fill in “Identifier”").contains("Choose a file to load");
    }

    @Test
    void aListLoadedWhileTheServerRunsIsSearchedAtOnceAndTheLoadIsAudited() throws Exception {
        HttpResponse<String> loaded = upload(fields("invented-wanted", true, "csv"), "wanted.csv",
                "ref,name,born\nW-1,ТОКТАРОВ Ерлан Серикович,1971\nW-2,Qasymova Aigerim,1985\n", "Authorization", admin);
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        assertThat(loaded.body()).contains("Loaded the list invented-wanted: 2 entries");
        assertThat(lookup("Toktarov Erlan")).contains("id=\"results\"").contains("ТОКТАРОВ Ерлан Серикович")
                .contains("Invented wanted list invented-wanted");
        assertThat(tutela.audit().search(AuditQuery.latest(200)).stream().map(Object::toString))
                .anyMatch(e -> e.contains("lists-admin") && e.contains("list:invented-wanted") && e.contains("2 entries"));
    }

    @Test
    void onlyAdministratorsLoadLists() throws Exception {
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/admin/lists")).header("Authorization", documenter).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(upload(fields("not-mine", true, "ftm"), "l.jsonl",
                "{\"id\":\"x-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Erlan Toktarov\"]}}\n",
                "Authorization", documenter).statusCode()).isEqualTo(403);
        assertThat(tutela.lists().get("not-mine")).isEmpty();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/admin/lists")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("nobody is sent to the login page").isEqualTo(302);
    }

    @Test
    void aSessionNeedsTheFormsCsrfToken() throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(base + "/login")), cookies);
        String token = csrf(loginPage.body());
        String form = "username=lists-admin&password=" + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)
                + "&code=&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)), cookies);
        assertThat(login.statusCode()).isEqualTo(302);
        String cookie = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        String list = "{\"id\":\"s-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Aigerim Qasymova\"]}}\n";

        assertThat(upload(fields("session-list", false, "ftm"), "s.jsonl", list, "Cookie", cookie).statusCode()).isEqualTo(403);
        assertThat(tutela.lists().get("session-list")).isEmpty();

        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/admin/lists")), cookies);
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> withToken = fields("session-list", false, "ftm");
        withToken.put("_csrf", csrf(page.body()));
        HttpResponse<String> loaded = upload(withToken, "s.jsonl", list, "Cookie", cookie);
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        assertThat(tutela.lists().get("session-list")).isPresent();
        // not public: the public page does not search it
        assertThat(lookup("Aigerim Qasymova")).doesNotContain("id=\"results\"");
    }

    private static String csrf(String body) {
        Matcher m = CSRF.matcher(body);
        assertThat(m.find()).as("a CSRF token in the form").isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return response;
    }
}
