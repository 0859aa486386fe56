package org.tutela.app.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP), as authenticator apps compute them:
 * HMAC-SHA1, 30-second steps, 6 digits. Written out rather than taken from a library because it is a
 * dozen lines over javax.crypto and the libraries bring QR-code rendering along; TotpTest checks it
 * against the RFC's own test vectors.
 */
public final class Totp {
    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** One step either side, for clocks that differ by up to 30 seconds. */
    static final int WINDOW = 1;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private Totp() {
    }

    /** A new secret of 160 bits, Base32 as authenticator apps take it. */
    public static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return base32(key);
    }

    /** The otpauth URI an authenticator app reads (as text or from a QR code). */
    public static String uri(String issuer, String account, String secret) {
        String label = java.net.URLEncoder.encode(issuer + ":" + account, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + java.net.URLEncoder.encode(issuer, java.nio.charset.StandardCharsets.UTF_8) + "&algorithm=SHA1&digits=6&period=30";
    }

    public static String code(String secret, Instant at) {
        return code(base32Decode(secret), at.getEpochSecond() / STEP_SECONDS, DIGITS, "HmacSHA1");
    }

    /** Whether {@code code} is the code of this step or of the one before or after, compared in constant time. */
    public static boolean verify(String secret, String code, Instant at) {
        return matchingStep(secret, code, at).isPresent();
    }

    /**
     * The time step whose code {@code code} is, among this step and the one before or after; every step of
     * the window is computed and compared in constant time, so timing tells nothing. The caller refuses a
     * step already used (replay).
     */
    public static java.util.OptionalLong matchingStep(String secret, String code, Instant at) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return java.util.OptionalLong.empty();
        }
        byte[] key = base32Decode(secret);
        long step = at.getEpochSecond() / STEP_SECONDS;
        long found = -1;
        for (long s = step - WINDOW; s <= step + WINDOW; s++) {
            if (MessageDigest.isEqual(code(key, s, DIGITS, "HmacSHA1").getBytes(), code.getBytes())) {
                found = Math.max(found, s);
            }
        }
        return found < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(found);
    }

    /** RFC 4226 section 5.3: HMAC of the counter, dynamic truncation, modulo 10^digits. */
    static String code(byte[] key, long counter, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int otp = binary % (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    static String base32(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    static byte[] base32Decode(String text) {
        String clean = text.replace("=", "").replace(" ", "").toUpperCase();
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '2' && c <= '7' ? c - '2' + 26 : -1;
            if (value < 0) {
                throw new IllegalArgumentException("not a Base32 secret: unexpected character '" + c + "'");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
