package org.tutela.json.federation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.erdtman.jcs.JsonCanonicalizer;
import org.tutela.core.federation.Bulletin;
import org.tutela.core.federation.Envelope;
import org.tutela.core.federation.FederationInputException;
import org.tutela.core.federation.Refusal;
import org.tutela.core.federation.SigningKey;
import org.tutela.core.registry.Problem;

/**
 * The wire form of a bulletin: {@code {"bulletin": {...}, "key": KEY-ID, "signature": BASE64}}, where the
 * signature is Ed25519 over the bulletin's RFC 8785 canonical form (erdtman's java-json-canonicalization).
 * Reading is bounded before anything else (size, nesting, string and number lengths, duplicate names refused,
 * unknown fields refused), so that a partner's garbage costs little and two readers can never see two
 * different bulletins in the same bytes.
 */
public final class BulletinJson {
    /** A bulletin is a few kilobytes; anything much larger is refused unread. */
    public static final int MAX_BYTES = 64 * 1024;
    private static final Set<String> ENVELOPE_FIELDS = Set.of("bulletin", "key", "signature");

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(12).maxNumberLength(24).maxStringLength(MAX_BYTES).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(BulletinMixins.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A bulletin that could not be read, with the refusal that says why. */
    public static final class Unreadable extends Exception {
        private final Refusal refusal;

        /** {@code field} (empty where the fault is the envelope's as a whole) and what is wrong with it as a key and arguments. */
        Unreadable(Refusal.Reason reason, String field, Problem problem) {
            this(reason, field, problem, "");
        }

        /** {@code at}: where the parser was, kept in the English detail for the partner's developers. */
        Unreadable(Refusal.Reason reason, String field, Problem problem, String at) {
            this(new Refusal(reason, (field.isEmpty() ? "" : field + ": ") + problem.english() + at,
                    Optional.of(field).filter(f -> !f.isEmpty()), Optional.of(problem)));
        }

        private Unreadable(Refusal refusal) {
            super(refusal.toString());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private BulletinJson() {
    }

    /** The bytes that are signed: the bulletin's RFC 8785 canonical JSON, UTF-8. */
    public static byte[] canonical(Bulletin bulletin) {
        try {
            return new JsonCanonicalizer(MAPPER.writeValueAsString(bulletin)).getEncodedUTF8();
        } catch (IOException e) {
            throw new IllegalStateException("a bulletin always writes as JSON", e);
        }
    }

    public static Envelope seal(Bulletin bulletin, SigningKey key) {
        byte[] canonical = canonical(bulletin);
        return new Envelope(bulletin, canonical, key.publicKey().id(), key.sign(canonical));
    }

    /** The envelope on one line: the bulletin in its canonical form, exactly the bytes signed. */
    public static byte[] write(Envelope envelope) {
        String text = "{\"bulletin\":" + new String(envelope.canonical(), StandardCharsets.UTF_8)
                + ",\"key\":" + quoted(envelope.keyId())
                + ",\"signature\":\"" + Base64.getEncoder().encodeToString(envelope.signature()) + "\"}";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads an envelope as received; the bulletin's canonical form is computed from what was received, not rewritten. */
    public static Envelope read(byte[] raw) throws Unreadable {
        if (raw.length > MAX_BYTES) {
            throw new Unreadable(Refusal.Reason.OVERSIZED, "", Problem.of("federation.envelope.oversized", raw.length, MAX_BYTES));
        }
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(raw)) {
            root = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new Unreadable(Refusal.Reason.MALFORMED, "", Problem.of("federation.envelope.trailing"));
            }
        } catch (IOException e) {
            throw new Unreadable(Refusal.Reason.MALFORMED, "", Problem.of("federation.envelope.not-json", firstLine(e.getMessage())));
        }
        if (!(root instanceof ObjectNode envelope)) {
            throw new Unreadable(Refusal.Reason.MALFORMED, "", Problem.of("federation.envelope.not-object"));
        }
        for (Iterator<String> names = envelope.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ENVELOPE_FIELDS.contains(name)) {
                throw new Unreadable(Refusal.Reason.MALFORMED, "", Problem.of("federation.envelope.unknown-field", name));
            }
        }
        JsonNode body = envelope.get("bulletin");
        JsonNode key = envelope.get("key");
        JsonNode signature = envelope.get("signature");
        if (body == null || !body.isObject() || key == null || !key.isTextual() || signature == null || !signature.isTextual()) {
            throw new Unreadable(Refusal.Reason.MALFORMED, "", Problem.of("federation.envelope.parts"));
        }
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(signature.asText());
        } catch (IllegalArgumentException e) {
            throw new Unreadable(Refusal.Reason.MALFORMED, "signature", Problem.of("federation.not-base64"));
        }
        try {
            byte[] canonical = new JsonCanonicalizer(MAPPER.writeValueAsString(body)).getEncodedUTF8();
            Bulletin bulletin = MAPPER.treeToValue(body, Bulletin.class);
            return new Envelope(bulletin, canonical, key.asText(), signatureBytes);
        } catch (FederationInputException e) {
            throw new Unreadable(Refusal.Reason.MALFORMED, "bulletin." + e.field(), e.problem());
        } catch (IOException | RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof FederationInputException)) {
                cause = cause.getCause();
            }
            String where = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPathReference() : "";
            String at = where.isEmpty() ? "" : " (at " + where.replace("org.tutela.core.federation.", "") + ")";
            if (cause instanceof FederationInputException f) {
                throw new Unreadable(Refusal.Reason.MALFORMED, "bulletin." + f.field(), f.problem(), at);
            }
            throw new Unreadable(Refusal.Reason.MALFORMED, "", Problem.of("federation.bulletin.unreadable", firstLine(e.getMessage())), at);
        }
    }

    private static String quoted(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
