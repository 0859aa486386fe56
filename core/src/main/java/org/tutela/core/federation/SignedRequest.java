package org.tutela.core.federation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one installation calls another's federation endpoints: each request is signed with the caller's
 * bulletin key over its method, path and query, time and body digest, in four headers. The receiver knows the
 * caller by the key, as it knows a bulletin's issuer; a request older or newer than the clocks' skew is refused,
 * which bounds what a captured request can be replayed for (a pull reads, a push is a bulletin with its own
 * replay protection).
 */
public final class SignedRequest {
    public static final String PARTNER = "Tutela-Partner";
    public static final String KEY = "Tutela-Key";
    public static final String DATE = "Tutela-Date";
    public static final String SIGNATURE = "Tutela-Signature";
    private static final String LABEL = "tutela federation request v1";

    /** The caller a verified request came from. */
    public sealed interface Caller {
    }

    public record Known(Partner partner) implements Caller {
    }

    public record Unknown(String why) implements Caller {
    }

    private SignedRequest() {
    }

    /** The headers that sign a request of {@code self} with {@code key}. */
    public static Map<String, String> headers(String self, SigningKey key, String method, String pathAndQuery, Instant now, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(PARTNER, self);
        headers.put(KEY, key.publicKey().id());
        headers.put(DATE, now.toString());
        headers.put(SIGNATURE, Base64.getEncoder().encodeToString(key.sign(message(method, pathAndQuery, now.toString(), body))));
        return headers;
    }

    /** Who sent the request whose headers {@code header} reads, or why it cannot be told. */
    public static Caller verify(Function<String, String> header, String method, String pathAndQuery, byte[] body, Partners partners,
                                Instant now, Duration skew) {
        String partner = header.apply(PARTNER);
        String keyId = header.apply(KEY);
        String date = header.apply(DATE);
        String signature = header.apply(SIGNATURE);
        if (partner == null || keyId == null || date == null || signature == null) {
            return new Unknown("the request is not signed (" + PARTNER + ", " + KEY + ", " + DATE + ", " + SIGNATURE + ")");
        }
        Optional<Partners.Holder> holder = partners.holderOf(keyId);
        if (holder.isEmpty() || !holder.get().partner().id().equals(partner)) {
            return new Unknown("key " + keyId + " is not " + partner + "'s");
        }
        if (holder.get().key().revokedBy(now)) {
            return new Unknown("key " + keyId + " was revoked");
        }
        Instant at;
        try {
            at = Instant.parse(date);
        } catch (DateTimeParseException e) {
            return new Unknown(DATE + ": not an ISO-8601 instant");
        }
        if (at.isBefore(now.minus(skew)) || at.isAfter(now.plus(skew))) {
            return new Unknown(DATE + " " + date + " is more than " + skew.toMinutes() + " minutes from " + now);
        }
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return new Unknown(SIGNATURE + ": not Base64");
        }
        return Signatures.verify(holder.get().key().key(), message(method, pathAndQuery, date, body), signatureBytes)
                ? new Known(holder.get().partner()) : new Unknown("the request's signature does not verify");
    }

    private static byte[] message(String method, String pathAndQuery, String date, byte[] body) {
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            return String.join("\n", LABEL, method, pathAndQuery, date, digest).getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
