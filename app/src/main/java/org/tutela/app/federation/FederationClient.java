package org.tutela.app.federation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.tutela.core.federation.Envelope;
import org.tutela.core.federation.FederationInputException;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.Reception;
import org.tutela.core.federation.SignedRequest;
import org.tutela.json.federation.BulletinJson;

/**
 * Calls partners' federation endpoints over HTTPS, each request signed with this installation's key. Bounded on
 * every side, so that a slow or garbage-sending partner costs little: connect and answer timeouts, and a pull
 * reads at most {@link #MAX_PULL_BYTES}.
 */
public final class FederationClient {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    public static final long MAX_PULL_BYTES = 100L * (BulletinJson.MAX_BYTES + 1);
    private static final String PATH = "/api/federation/bulletins";

    private final Federation federation;
    private final HttpClient http;

    public FederationClient(Federation federation, SSLContext tls) {
        this.federation = federation;
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The default trust store's TLS. */
    public static FederationClient withDefaultTrust(Federation federation) {
        try {
            return new FederationClient(federation, SSLContext.getDefault());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has TLS", e);
        }
    }

    /** Pushes one published bulletin to a partner; the partner's answer (202 accepted, 422 refused with reason). */
    public HttpResponse<String> push(Partner partner, Envelope envelope) throws IOException, InterruptedException {
        byte[] body = BulletinJson.write(envelope);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(partner, PATH)).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        sign(request, "POST", PATH, body);
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 202) {
            federation.delivered(envelope.bulletin().id(), partner.id(), "push");
        }
        return answer;
    }

    /** Pulls what the partner published for this installation since the last accepted, and receives each. */
    public List<Reception.Verdict> pull(Partner partner) throws IOException, InterruptedException {
        String pathAndQuery = PATH + "?after=" + federation.ledger().lastSequenceFrom(partner.id());
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(partner, pathAndQuery)).timeout(ANSWER_TIMEOUT).GET();
        sign(request, "GET", pathAndQuery, new byte[0]);
        HttpResponse<InputStream> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = answer.body()) {
            body = in.readNBytes((int) MAX_PULL_BYTES + 1);
        }
        if (answer.statusCode() != 200) {
            throw new IOException(partner.id() + " answered " + answer.statusCode() + ": " + new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8));
        }
        if (body.length > MAX_PULL_BYTES) {
            throw new IOException(partner.id() + " sent more than " + MAX_PULL_BYTES + " bytes in one pull");
        }
        List<Reception.Verdict> verdicts = new ArrayList<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                verdicts.add(federation.receive(line.getBytes(StandardCharsets.UTF_8), "pull"));
            }
        }
        return verdicts;
    }

    private void sign(HttpRequest.Builder request, String method, String pathAndQuery, byte[] body) {
        Map<String, String> headers = SignedRequest.headers(federation.id(), federation.key(), method, pathAndQuery, Instant.now(), body);
        headers.forEach(request::header);
    }

    private static URI endpoint(Partner partner, String pathAndQuery) {
        URI base = partner.endpoint().orElseThrow(() -> new FederationInputException("endpoint", "federation.endpoint.none", partner.id()));
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return URI.create(root + pathAndQuery);
    }
}
