package org.tutela.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B's test vectors (SHA-1, 8 digits), and the 6-digit codes apps show. */
class TotpTest {
    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheRfcVectors(long seconds, String expected) {
        assertThat(Totp.code(RFC_KEY, seconds / 30, 8, "HmacSHA1")).isEqualTo(expected);
    }

    @Test
    void base32RoundTripsAndCodesVerifyWithinOneStep() {
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_KEY);
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        String code = Totp.code(secret, now);
        assertThat(code).hasSize(6);
        assertThat(Totp.verify(secret, code, now.plusSeconds(30))).isTrue();
        assertThat(Totp.verify(secret, code, now.plusSeconds(95))).as("two steps later").isFalse();
        assertThat(Totp.verify(secret, "12345", now)).isFalse();
        assertThat(Totp.verify(secret, null, now)).isFalse();
    }
}
