package org.tutela.storage.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One line of the audit log. {@code hash} is HMAC-SHA256, under the audit key {@code keyId}, over the previous
 * entry's hash and this entry's canonical form, so each entry vouches for all before it and only the key's
 * holder can write one. Entries written before the chain was keyed have an empty {@code keyId} and a plain
 * SHA-256 hash. {@code compartments} are those the entry concerns: who may read it.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String target, String purpose, String outcome,
                         String detail, SortedSet<String> compartments, String keyId, String previousHash, String hash) {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    public AuditEntry {
        compartments = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(compartments));
    }

    public boolean keyed() {
        return !keyId.isEmpty();
    }

    /**
     * Each field as {@code <length>:<text>|}: unambiguous whatever the text holds (a field cannot end
     * early and pass its rest to the next one). Keyed entries add their compartments and key id.
     */
    public String canonicalForm() {
        List<String> fields = new ArrayList<>(List.of(Long.toString(seq), at.toString(), actor, action, target, purpose, outcome, detail));
        if (keyed()) {
            fields.add(Integer.toString(compartments.size()));
            fields.addAll(compartments);
            fields.add(keyId);
        }
        StringBuilder out = new StringBuilder();
        for (String field : fields) {
            out.append(field.length()).append(':').append(field).append('|');
        }
        return out.toString();
    }

    /** The hash this entry should have: under its key if it is keyed, plain SHA-256 for the entries before keying. */
    public String expectedHash(java.util.Optional<AuditKey> key) {
        if (!keyed()) {
            return unkeyedHash(previousHash, canonicalForm());
        }
        return key.orElseThrow(() -> new IllegalArgumentException("entry " + seq + " is keyed; give the audit key to check it"))
                .mac(keyId, previousHash, canonicalForm());
    }

    AuditEntry withHash(String newHash) {
        return new AuditEntry(seq, at, actor, action, target, purpose, outcome, detail, compartments, keyId, previousHash, newHash);
    }

    static String unkeyedHash(String previousHash, String canonicalForm) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonicalForm.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The stored form of a set of compartments: '|a|b|', or '' for none; a LIKE '%|a|%' finds a member. */
    static String stored(SortedSet<String> compartments) {
        return compartments.isEmpty() ? "" : "|" + String.join("|", compartments) + "|";
    }

    static SortedSet<String> parsed(String stored) {
        SortedSet<String> out = new TreeSet<>();
        for (String part : stored.split("\\|")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }
}
