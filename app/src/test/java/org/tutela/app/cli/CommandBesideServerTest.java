package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.cli.Cli.run;
import static org.tutela.app.cli.Cli.runWithInput;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line beside a running server on the same data directory: the demo (an encrypted embedded
 * database with a keyed audit chain) served by {@code tutela serve} in a JVM of its own, and commands run
 * in this JVM at the same time, reading what the server holds and writing what it sees at once. Port
 * 18551 on loopback ({@code TUTELA_TEST_BESIDE_PORT} moves it).
 */
class CommandBesideServerTest {
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("TUTELA_TEST_BESIDE_PORT", "18551"));
    static final String PASSWORD = "quiet harbour lantern seventeen";
    @TempDir
    static Path dir;
    static Path data;
    static Process server;
    static Path log;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void serveTheDemo() throws Exception {
        data = dir.resolve("demo");
        Cli.Run demo = run("demo", "--no-serve", "--data", data.toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        log = dir.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                TutelaCommand.class.getName(), "serve", "--data", data.toString(), "--port", Integer.toString(PORT))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            assertThat(server.isAlive()).as("the server died:\n%s", tail()).isTrue();
            try {
                if (get("/lookup", null).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertThat(System.nanoTime()).as("the server did not answer in time:\n%s", tail()).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    static HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String tail() {
        try {
            String all = Files.readString(log);
            return all.substring(Math.max(0, all.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Test
    void searchAndRequestsListRunWhileTheServerHoldsTheDatabase() {
        Cli.Run search = run("search", "ДЖАРДЕМАЛИ", "--data", data.toString());
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("Jardemalie");
        Cli.Run requests = run("requests", "list", "--data", data.toString());
        assertThat(requests.code()).as(requests.err()).isZero();
        assertThat(requests.out()).containsPattern("SCREENED\\s+\\d{4}\\s+days\\s+request-kz-be-extradition-2018-04-24");
        assertThat(server.isAlive()).as(tail()).isTrue();
    }

    @Test
    void whatACommandWritesTheRunningServerSeesAtOnce() throws Exception {
        Cli.Run added = runWithInput(PASSWORD + "\n", "users", "add", "beside-analyst", "--role", "ANALYST", "--compartment", "seed-case",
                "--password-stdin", "--data", data.toString());
        assertThat(added.code()).as(added.err()).isZero();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("beside-analyst:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> account = get("/api/account", basic);
        assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
        assertThat(account.body()).contains("beside-analyst");
        // the command's audit entries and the server's are one chain, which still checks
        Cli.Run verify = run("audit", "verify", "--data", data.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }
}
