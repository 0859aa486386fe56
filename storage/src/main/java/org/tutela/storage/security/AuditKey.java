package org.tutela.storage.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of the audit chain, held outside the database: one per line (URL-safe Base64 of at least 256
 * bits), the first the current one, the others earlier keys kept so that older entries still verify.
 * Each entry's hash is HMAC-SHA256 under a key named by its id (a fingerprint, never the key), so whoever
 * can write the database but lacks the key cannot write an entry, nor recompute the chain after one.
 *
 * <p>The checkpoints are signed with Ed25519. Its private key is derived from the audit key (HMAC of a fixed
 * label), so there is one secret to keep; the public key can be handed to an outside auditor, who can then
 * check the checkpoints without being able to make one.
 */
public final class AuditKey {
    private static final int MIN_BYTES = 32;
    private static final byte[] SIGNING_LABEL = "tutela audit checkpoint signing key v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID_LABEL = "tutela audit key id v1".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, byte[]> keys;
    private final String current;

    private AuditKey(Map<String, byte[]> keys) {
        this.keys = keys;
        this.current = keys.keySet().iterator().next();
    }

    /** Reads the key text: one key a line, the current one first; blank lines and lines from '#' on are ignored. */
    public static AuditKey parse(String text, String where) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        for (int i = 0; i < lines.size(); i++) {
            byte[] secret;
            try {
                secret = Base64.getUrlDecoder().decode(lines.get(i).replace('+', '-').replace('/', '_').replace("=", ""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ", key " + (i + 1) + ": not Base64 (make one with `tutela key audit-new`)");
            }
            if (secret.length < MIN_BYTES) {
                throw new IllegalArgumentException(where + ", key " + (i + 1) + ": " + secret.length * 8 + " bits; an audit key needs at least "
                        + MIN_BYTES * 8 + " (make one with `tutela key audit-new`)");
            }
            keys.putIfAbsent(id(secret), secret);
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(where + ": holds no key");
        }
        return new AuditKey(keys);
    }

    public static String newKeyText() {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The id of the key new entries are chained with. */
    public String currentId() {
        return current;
    }

    public boolean knows(String keyId) {
        return keys.containsKey(keyId);
    }

    public List<String> ids() {
        return List.copyOf(keys.keySet());
    }

    /** HMAC-SHA256 under the key {@code keyId} over the previous entry's hash and this entry's canonical form, in hex. */
    public String mac(String keyId, String previousHash, String canonicalForm) {
        Mac mac = hmac(secret(keyId));
        mac.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        mac.update(canonicalForm.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Signs with the Ed25519 key derived from {@code keyId}; Base64. */
    public String sign(String keyId, String message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(signingPair(keyId).getPrivate());
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", e);
        }
    }

    /** The public half of the checkpoint signing key of {@code keyId}, X.509 form in Base64: what an auditor is given. */
    public String publicKey(String keyId) {
        return Base64.getEncoder().encodeToString(signingPair(keyId).getPublic().getEncoded());
    }

    public static boolean verifySignature(String publicKey, String message, String signatureText) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureText));
        } catch (IllegalArgumentException | java.security.SignatureException | java.security.spec.InvalidKeySpecException
                 | java.security.InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", e);
        }
    }

    private byte[] secret(String keyId) {
        return Optional.ofNullable(keys.get(keyId)).orElseThrow(() -> new IllegalArgumentException(
                "the audit key " + keyId + " is not among the keys given; add it (an earlier key) to the audit key file"));
    }

    /**
     * The JDK makes an Ed25519 key pair from 32 random bytes; handing it bytes derived from the audit key
     * gives the same pair every time, and its public key, which the JDK does not otherwise compute from a
     * private one.
     */
    private KeyPair signingPair(String keyId) {
        Mac mac = hmac(secret(keyId));
        byte[] seed = mac.doFinal(SIGNING_LABEL);
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, Math.min(bytes.length, seed.length));
            }
        };
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, fixed);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", e);
        }
    }

    private static String id(byte[] secret) {
        return HexFormat.of().formatHex(hmac(secret).doFinal(ID_LABEL), 0, 8);
    }

    private static Mac hmac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "AuditKey[current=" + current + ", keys=" + keys.size() + "]";
    }
}
