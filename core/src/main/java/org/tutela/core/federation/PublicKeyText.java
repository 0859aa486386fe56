package org.tutela.core.federation;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An Ed25519 public key in its X.509 form, Base64: what a partner hands over and what is compared on the
 * telephone. {@link #fingerprint()} is the SHA-256 of that form; {@link #id()} its first 16 hex digits,
 * carried in each signed bulletin to name the key that signed it.
 */
public record PublicKeyText(String base64) {

    public PublicKeyText {
        if (base64 == null || base64.isBlank()) {
            throw new FederationInputException("publicKey", "federation.required");
        }
        base64 = base64.strip();
        decode(base64);
    }

    public PublicKey key() {
        return decode(base64);
    }

    /** SHA-256 of the key's X.509 form, hex in groups of four: to read out and compare over another channel. */
    public String fingerprint() {
        String hex = HexFormat.of().formatHex(sha256());
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append(i == 0 ? "" : ":").append(hex, i, i + 4);
        }
        return grouped.toString();
    }

    public String id() {
        return HexFormat.of().formatHex(sha256(), 0, 8);
    }

    private byte[] sha256() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static PublicKey decode(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | java.security.spec.InvalidKeySpecException e) {
            throw new FederationInputException("publicKey", "federation.public-key.invalid");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", e);
        }
    }
}
