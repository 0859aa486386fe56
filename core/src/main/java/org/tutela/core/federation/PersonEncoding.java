package org.tutela.core.federation;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A protected person as a keyed, hardened Bloom-filter encoding (a cryptographic long-term key, CLK, after
 * Schnell et al.), so that a partner can learn "a person protected by partner P may be the target of this
 * request" without the list of protected persons ever being sent (docs/federation.md, *The encoding*).
 *
 * <p>What goes in: the bigrams of every romanisation key of every name part ({@code core.names}' keys, so that
 * Cyrillic and Latin spellings share bigrams), beside the birth year and the sex: never a name alone. The keys:
 * one secret per sharing group; per-field keys derived from it by HKDF. The hardening, each against a known attack:
 * <ul>
 *   <li><b>keyed random hashing</b>: a bigram's bit positions come from HMAC(field key, token), not from two hash
 *       functions combined (double hashing), whose regular patterns Kroll and Steinmetzer (2015) mined;</li>
 *   <li><b>salting by birth year</b>: name bigrams are hashed with the birth year, so the same frequent bigram sets
 *       different bits in different years and bit frequencies no longer follow bigram frequencies (Christen et al.
 *       2018); the price is that a wrong birth year cannot match;</li>
 *   <li><b>balancing</b>: the filter and its complement, permuted by a key-derived permutation: every encoding has
 *       exactly half its bits set, so the number of bits set says nothing of the name's length.</li>
 * </ul>
 * XOR-folding is not used: it halves the filter and costs precision the balancing already buys.
 */
public final class PersonEncoding {
    /** Bits of the filter before balancing (the encoding has twice as many). */
    public static final int BITS = 1024;
    /** Positions set per token. */
    public static final int HASHES = 10;
    public static final int SECRET_BYTES = 32;

    private final byte[] nameKey;
    private final byte[] yearKey;
    private final byte[] sexKey;
    private final int[] permutation;

    /** The encoder of one sharing group, from the group's secret. */
    public PersonEncoding(byte[] groupSecret) {
        if (groupSecret == null || groupSecret.length < SECRET_BYTES) {
            throw new FederationInputException("secret", "federation.secret.short", SECRET_BYTES);
        }
        byte[] salt = "tutela federation person encoding v1".getBytes(StandardCharsets.US_ASCII);
        this.nameKey = Hkdf.derive(groupSecret, salt, "name bigrams", 32);
        this.yearKey = Hkdf.derive(groupSecret, salt, "birth year", 32);
        this.sexKey = Hkdf.derive(groupSecret, salt, "sex", 32);
        this.permutation = permutation(Hkdf.derive(groupSecret, salt, "balancing permutation", 32));
    }

    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static PersonEncoding of(String secretText) {
        try {
            return new PersonEncoding(Base64.getUrlDecoder().decode(secretText.strip()));
        } catch (IllegalArgumentException e) {
            throw new FederationInputException("secret", "federation.secret.not-base64");
        }
    }

    /**
     * The encoding of a person known by the romanisation keys of the parts of one name, born in {@code birthYear},
     * of sex {@code sex} (female, male, other).
     */
    public String encode(Collection<? extends Collection<String>> partKeys, int birthYear, String sex) {
        Set<String> bigrams = new LinkedHashSet<>();
        for (Collection<String> keys : partKeys) {
            for (String key : keys) {
                String padded = "_" + key + "_";
                for (int i = 0; i + 2 <= padded.length(); i++) {
                    bigrams.add(padded.substring(i, i + 2));
                }
            }
        }
        if (bigrams.isEmpty()) {
            throw new FederationInputException("name", "federation.name.no-key");
        }
        BitSet filter = new BitSet(BITS);
        for (String bigram : bigrams) {
            set(filter, nameKey, birthYear + "|" + bigram);
        }
        set(filter, yearKey, Integer.toString(birthYear));
        set(filter, sexKey, sex);
        BitSet balanced = new BitSet(2 * BITS);
        for (int i = 0; i < 2 * BITS; i++) {
            boolean bit = i < BITS ? filter.get(i) : !filter.get(i - BITS);
            if (bit) {
                balanced.set(permutation[i]);
            }
        }
        byte[] bytes = new byte[2 * BITS / 8];
        byte[] set = balanced.toByteArray();
        System.arraycopy(set, 0, bytes, 0, set.length);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The Dice coefficient of two encodings as they travel (balanced): what an outsider could compute. */
    public static double dice(String a, String b) {
        return dice(bits(a), bits(b));
    }

    /**
     * The Dice coefficient of the Bloom filters inside two encodings of this group, the balancing undone with the
     * group's permutation. On the balanced form, Dice is one minus the Hamming distance over the half set, which
     * finds any two short names alike (few bits set, the complement agrees everywhere); on the filters it is
     * Schnell's measure. Only a holder of the group's secret can compute it.
     */
    public double similarity(String a, String b) {
        return dice(filter(bits(a)), filter(bits(b)));
    }

    /** The Bloom filter inside an encoding of this group (the balancing undone): what {@link #similarity} compares. */
    public BitSet filterOf(String encoding) {
        return filter(bits(encoding));
    }

    private BitSet filter(BitSet balanced) {
        BitSet filter = new BitSet(BITS);
        for (int i = 0; i < BITS; i++) {
            if (balanced.get(permutation[i])) {
                filter.set(i);
            }
        }
        return filter;
    }

    private static double dice(BitSet x, BitSet y) {
        int both = x.cardinality() + y.cardinality();
        BitSet and = (BitSet) x.clone();
        and.and(y);
        return both == 0 ? 0 : 2.0 * and.cardinality() / both;
    }

    static BitSet bits(String encoding) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoding);
        } catch (IllegalArgumentException e) {
            throw new FederationInputException("encoding", "federation.not-base64");
        }
        if (bytes.length != 2 * BITS / 8) {
            throw new FederationInputException("encoding", "federation.encoding.length", bytes.length, 2 * BITS / 8);
        }
        return BitSet.valueOf(bytes);
    }

    /** Random hashing: the token's positions are read from its HMAC, two bytes each (1024 divides 65536: no bias). */
    private static void set(BitSet filter, byte[] key, String token) {
        byte[] h = Hkdf.mac(key, token.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < HASHES; i++) {
            filter.set(((h[2 * i] & 0xff) << 8 | (h[2 * i + 1] & 0xff)) % BITS);
        }
    }

    /** A Fisher-Yates shuffle of the balanced filter's positions, driven by HMAC in counter mode from the group's key. */
    private static int[] permutation(byte[] key) {
        int n = 2 * BITS;
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            byte[] h = Hkdf.mac(key, Integer.toString(i).getBytes(StandardCharsets.US_ASCII));
            long r = ((h[0] & 0xffL) << 24 | (h[1] & 0xffL) << 16 | (h[2] & 0xffL) << 8 | (h[3] & 0xffL));
            int j = (int) (r % (i + 1));
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
