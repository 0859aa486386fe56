package org.tutela.storage.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One line of the audit log. {@code hash} is SHA-256 over the previous entry's hash and this entry's
 * canonical form, so each entry vouches for all before it.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String target, String purpose, String outcome,
                         String detail, String previousHash, String hash) {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * Each field as {@code <length>:<text>|}: unambiguous whatever the text holds (a field cannot end
     * early and pass its rest to the next one).
     */
    public String canonicalForm() {
        StringBuilder out = new StringBuilder();
        for (String field : List.of(Long.toString(seq), at.toString(), actor, action, target, purpose, outcome, detail)) {
            out.append(field.length()).append(':').append(field).append('|');
        }
        return out.toString();
    }

    public String expectedHash() {
        return hash(previousHash, canonicalForm());
    }

    static String hash(String previousHash, String canonicalForm) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonicalForm.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
