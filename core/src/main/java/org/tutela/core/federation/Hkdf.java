package org.tutela.core.federation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF-SHA256 (RFC 5869), written here because the JDK 17 has HMAC but no HKDF (it comes with JDK 24's KDF API),
 * and a library for twenty lines over {@code Mac} would be a dependency for nothing.
 */
final class Hkdf {
    private Hkdf() {
    }

    /** {@code length} bytes (at most 32 × 255) derived from {@code secret} for the purpose {@code info}. */
    static byte[] derive(byte[] secret, byte[] salt, String info, int length) {
        return derive(secret, salt, info.getBytes(StandardCharsets.UTF_8), length);
    }

    static byte[] derive(byte[] secret, byte[] salt, byte[] infoBytes, int length) {
        byte[] prk = mac(salt.length == 0 ? new byte[32] : salt, secret);
        byte[] out = new byte[length];
        byte[] block = new byte[0];
        int done = 0;
        for (int i = 1; done < length; i++) {
            byte[] input = new byte[block.length + infoBytes.length + 1];
            System.arraycopy(block, 0, input, 0, block.length);
            System.arraycopy(infoBytes, 0, input, block.length, infoBytes.length);
            input[input.length - 1] = (byte) i;
            block = mac(prk, input);
            int n = Math.min(block.length, length - done);
            System.arraycopy(block, 0, out, done, n);
            done += n;
        }
        return out;
    }

    static byte[] mac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
