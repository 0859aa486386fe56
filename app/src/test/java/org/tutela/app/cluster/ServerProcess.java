package org.tutela.app.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.tutela.app.cli.TutelaCommand;

/** A Tutela server in a JVM of its own ({@code tutela serve}), on a port of loopback, with a data directory of its own. */
final class ServerProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private ServerProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ServerProcess start(String name, int port, Path dataDir, Map<String, String> env) throws IOException {
        Files.createDirectories(dataDir);
        Path log = dataDir.resolveSibling(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                TutelaCommand.class.getName(), "serve", "--data", dataDir.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new ServerProcess(name, port, log, builder.start());
    }

    /** Waits until the server answers an authenticated call; fails with the end of its log if it died or took too long. */
    void awaitReady(String authorization, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (call("GET", "/api/account", null, authorization).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " did not answer within " + timeout + ":\n" + tail());
    }

    HttpResponse<String> call(String method, String path, String body, String authorization) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .header("X-Purpose", "cluster test").header("X-Reason", "cluster test").build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or given up. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    String tail() {
        try {
            String all = Files.readString(log);
            return all.substring(Math.max(0, all.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
