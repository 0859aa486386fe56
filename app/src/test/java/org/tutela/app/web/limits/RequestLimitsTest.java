package org.tutela.app.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.tutela.core.registry.Limits;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Samples;

/**
 * Oversized input is refused before it costs anything: a body over the limit gets 413 naming the limit
 * (announced by Content-Length or not), a record over a domain limit 400 naming the field; and while
 * oversized attempts are under way, other users' reads and searches are answered, and answered right.
 */
class RequestLimitsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static String writer;
    static String reader;

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        tutela.compartments().assignUnassigned("case-a");
        TestUsers.create(tutela, "writer", Role.DOCUMENTER, "case-a");
        TestUsers.create(tutela, "reader", Role.ANALYST, "case-a");
        // access tokens: the concurrent readers below must not queue behind Argon2 on two cores
        writer = "Bearer " + tutela.tokens().create("writer", Optional.empty(), Set.of(), Duration.ofDays(1), "test", "test").secret();
        reader = "Bearer " + tutela.tokens().create("reader", Optional.empty(), Set.of(), Duration.ofDays(1), "test", "test").secret();
        server = WebServer.start(tutela, 0);
        base = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    /** A person with {@code count} names, about 48 bytes each: 200,000 of them make the 9.5 MB of the report. */
    static String personWithNames(int count) {
        StringBuilder json = new StringBuilder("{\"kind\":\"person\",\"names\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"full\":\"Oversized Name ").append(i).append("\",\"kind\":\"")
                    .append(i == 0 ? "PRIMARY" : "ALIAS").append("\"}");
        }
        return json.append("]}").toString();
    }

    record Answer(int status, String body, Optional<String> header) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    static Answer post(String path, HttpRequest.BodyPublisher body, String authorization) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).POST(body).header("Content-Type", "application/json")
                .header("Authorization", authorization).timeout(Duration.ofSeconds(60)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Connection"));
    }

    static Answer get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET().header("Authorization", authorization)
                .timeout(Duration.ofSeconds(60)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), Optional.empty());
    }

    /** A body sent without Content-Length (chunked), so that only counting while reading can stop it. */
    static HttpRequest.BodyPublisher chunked(byte[] bytes) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    @Test
    void aBodyOverTheLimitIs413NamingTheLimitWhetherAnnouncedOrNot() throws Exception {
        int persons = tutela.registry().all(Person.class).size();
        byte[] huge = personWithNames(200_000).getBytes(StandardCharsets.UTF_8);
        assertThat(huge.length).isGreaterThan(9_000_000);
        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofByteArray(huge), chunked(huge))) {
            Answer answer = post("/api/records", body, writer);
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.json().get("message").asText()).contains("at most 1,048,576 bytes (1 MiB)");
        }
        assertThat(tutela.registry().all(Person.class)).hasSize(persons);
    }

    @Test
    void aFormPostOverTheLimitIsRefusedBeforeTheLoginIsLookedAt() throws Exception {
        String form = "username=writer&password=" + "x".repeat(2 * 1024 * 1024);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/login")).POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded").build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("1 MiB");
    }

    @Test
    void aRecordOverADomainLimitIs400NamingTheField() throws Exception {
        Answer names = post("/api/records", HttpRequest.BodyPublishers.ofString(personWithNames(Limits.MAX_NAMES_PER_PERSON + 1)), writer);
        assertThat(names.status()).isEqualTo(400);
        assertThat(names.json().get("field").asText()).isEqualTo("names");
        assertThat(names.json().get("message").asText()).contains("at most " + Limits.MAX_NAMES_PER_PERSON);

        String longName = "{\"kind\":\"person\",\"names\":[{\"full\":\"" + "Ж".repeat(Limits.MAX_NAME + 1) + "\",\"kind\":\"PRIMARY\"}]}";
        Answer name = post("/api/records", HttpRequest.BodyPublishers.ofString(longName), writer);
        assertThat(name.status()).isEqualTo(400);
        assertThat(name.json().get("field").asText()).isEqualTo("names[0].full");
    }

    @Test
    void otherUsersAreServedRightWhileOversizedAttemptsAreUnderWay() throws Exception {
        byte[] huge = personWithNames(200_000).getBytes(StandardCharsets.UTF_8);
        int attackers = 2;
        int readers = 4;
        int attempts = 4;
        int reads = 10;
        ExecutorService pool = Executors.newFixedThreadPool(attackers + readers);
        CountDownLatch attacking = new CountDownLatch(attackers);
        try {
            List<Future<List<Integer>>> attacks = new ArrayList<>();
            for (int a = 0; a < attackers; a++) {
                boolean announced = a % 2 == 0;
                attacks.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    attacking.countDown();
                    for (int i = 0; i < attempts; i++) {
                        statuses.add(post("/api/records", announced ? HttpRequest.BodyPublishers.ofByteArray(huge) : chunked(huge), writer).status());
                    }
                    return statuses;
                }));
            }
            attacking.await();
            List<Future<List<String>>> served = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                served.add(pool.submit(() -> {
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < reads; i++) {
                        Answer record = get("/api/records/" + Samples.TARGET, reader);
                        if (record.status() != 200 || !record.json().at("/record/id").asText().equals(Samples.TARGET.value())
                                || !record.body().contains("Надзея Каваленка")) {
                            problems.add("read " + i + ": " + record.status() + " " + record.body());
                        }
                        Answer search = get("/api/search?q=Kavalenka", reader);
                        if (search.status() != 200 || !search.body().contains(Samples.TARGET.value())) {
                            problems.add("search " + i + ": " + search.status() + " " + search.body());
                        }
                    }
                    return problems;
                }));
            }
            for (Future<List<String>> reader : served) {
                assertThat(reader.get()).as("every read and search of the other users is answered, correctly").isEmpty();
            }
            for (Future<List<Integer>> attack : attacks) {
                assertThat(attack.get()).hasSize(attempts).containsOnly(413);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(tutela.registry().all(Person.class)).noneMatch(p -> p.label().contains("Oversized"));
    }
}
