package org.tutela.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Tutela;
import org.tutela.app.web.WebServer;

/** A real server on a free port over an opened Tutela, and an HTTP client that calls it as one user. */
final class ApiServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Tutela tutela;
    private final ConfigurableApplicationContext server;
    private final String base;
    private final String authorization;

    private ApiServer(Tutela tutela, String authorization) {
        this.tutela = tutela;
        this.server = WebServer.start(tutela, 0);
        this.base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        this.authorization = authorization;
    }

    /** Starts the server; every call carries {@code authorization} (an HTTP Basic header value). */
    static ApiServer start(Tutela tutela, String authorization) {
        return new ApiServer(tutela, authorization);
    }

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
    }

    Answer call(String method, String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        if (response.headers().firstValue("Content-Type").orElse("").contains("json") && !response.body().isEmpty()) {
            json = MAPPER.readTree(response.body());
        }
        return new Answer(response.statusCode(), json, response);
    }

    /** A GET that must succeed, as JSON. */
    JsonNode get(String path) throws IOException, InterruptedException {
        Answer answer = call("GET", path, null);
        if (answer.status() != 200) {
            throw new AssertionError(path + " answered " + answer.status() + ": " + answer.raw().body());
        }
        return answer.body();
    }

    /** Waits until the change feed's consumers (name index, standing screening) have handled every write so far. */
    void awaitConsumers() {
        tutela.awaitConsumers();
    }

    @Override
    public void close() {
        server.close();
        tutela.close();
    }
}
