package org.tutela.core.federation;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * This installation's Ed25519 key pair for bulletins (the JDK's, no extra library). Its text form is two lines,
 * the private key (PKCS#8) and the public key (X.509), Base64: the JDK cannot derive the public key from the
 * private one, so both are kept, in a file only the owner can read.
 */
public final class SigningKey {
    private final PrivateKey privateKey;
    private final PublicKeyText publicKey;

    private SigningKey(PrivateKey privateKey, PublicKeyText publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static SigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new SigningKey(pair.getPrivate(), new PublicKeyText(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", e);
        }
    }

    /** Reads the two-line text form; {@code where} names the file in the error. */
    public static SigningKey parse(String text, String where) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (lines.size() != 2) {
            throw new FederationInputException(where, "federation.key-file.lines", lines.size());
        }
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0))));
            SigningKey signing = new SigningKey(key, new PublicKeyText(lines.get(1)));
            byte[] probe = "tutela federation key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (!Signatures.verify(signing.publicKey, probe, signing.sign(probe))) {
                throw new FederationInputException(where, "federation.key-file.mismatch");
            }
            return signing;
        } catch (IllegalArgumentException | java.security.spec.InvalidKeySpecException e) {
            throw new FederationInputException(where, "federation.key-file.private");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", e);
        }
    }

    public String text() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded()) + "\n" + publicKey.base64() + "\n";
    }

    public PublicKeyText publicKey() {
        return publicKey;
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", e);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[" + publicKey.id() + "]";
    }
}
