package org.tutela.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.tutela.core.names.EditDistance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms a {@link FuzzyQuery} with a one-letter prefix and transpositions expands to, found by reading the terms
 * that share the prefix instead of building Levenshtein automata. Keys are short and their vocabulary small (a
 * million names have some twenty thousand), so reading the few hundred keys under one initial letter costs a small
 * part of what building the automata for a key does, and the automata are built anew for every query.
 *
 * <p>The expansion is the query's, term for term: every term of the field (in any segment) that starts with the
 * key's first code point and is at most {@code maxEdits} edits (insertions, deletions, substitutions and swaps of two
 * adjacent letters, the optimal-string-alignment distance of Lucene's Levenshtein automata) from the key after it; of
 * those, the {@code maxExpansions} best by the query's similarity, {@code 1 - edits / min(length of term, length of
 * key)} (1 for the key itself), the smaller term first among equals.
 */
final class FuzzyKeys {
    /** Past this many terms to compare under one initial, the caller should let a {@link FuzzyQuery} do it. */
    static final int SCAN_LIMIT = 20_000;

    /** The vocabularies of the segments searched so far, by segment core and field; dropped when a segment closes. */
    private static final Map<IndexReader.CacheKey, Map<String, Vocabulary>> VOCABULARIES = new ConcurrentHashMap<>();

    private FuzzyKeys() {
    }

    /**
     * The expansion of {@code new FuzzyQuery(new Term(field, key), maxEdits, 1, maxExpansions, true)} in this reader,
     * or empty when a segment has more than {@code scanLimit} terms to compare (same initial, length within reach).
     */
    static Optional<List<BytesRef>> expand(IndexReader reader, String field, String key, int maxEdits, int maxExpansions,
                                           int scanLimit) throws IOException {
        int[] keyPoints = key.codePoints().toArray();
        if (keyPoints.length == 0 || maxEdits < 1 || maxEdits > 2) {
            throw new IllegalArgumentException("a key with one to two edits is expanded, not '" + key + "' with " + maxEdits);
        }
        int[] keySuffix = Arrays.copyOfRange(keyPoints, 1, keyPoints.length);
        long keyLetters = letters(keySuffix);
        int[][] rows = new int[3][keyPoints.length + maxEdits + 1];
        Map<BytesRef, Float> found = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Optional<Vocabulary> vocabulary = vocabulary(leaf, field);
            if (vocabulary.isEmpty()) {
                return Optional.empty();
            }
            Initial initial = vocabulary.get().byInitial().get(keyPoints[0]);
            if (initial == null) {
                continue;
            }
            int from = initial.first(keyPoints.length - maxEdits);
            int to = initial.first(keyPoints.length + maxEdits + 1);
            if (to - from > scanLimit) {
                return Optional.empty();
            }
            long[] letters = initial.letters();
            for (int i = from; i < to; i++) {
                // each edit adds, drops or swaps at most two of the letters a word has: a term with more letters the
                // key lacks (or the other way round) than twice the edits allowed is not worth the distance
                if (Long.bitCount(letters[i] ^ keyLetters) > 2 * maxEdits) {
                    continue;
                }
                int[] rest = initial.rest()[i];
                int edits = EditDistance.of(keySuffix, rest, 0, rest.length, maxEdits, rows);
                if (edits <= maxEdits) {
                    // a term in several segments has one similarity: the first reading stands
                    float boost = edits == 0 ? 1.0f : 1.0f - (float) edits / (float) Math.min(rest.length + 1, keyPoints.length);
                    found.putIfAbsent(initial.terms()[i], boost);
                }
            }
        }
        List<Map.Entry<BytesRef, Float>> best = new ArrayList<>(found.entrySet());
        best.sort(Map.Entry.<BytesRef, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return Optional.of(best.stream().limit(maxExpansions).map(Map.Entry::getKey).toList());
    }

    /**
     * The terms of one field of one segment that start with one code point, ordered by length in code points:
     * those of length {@code n} are at {@code [start[n], start[n + 1])}.
     *
     * @param rest    each term's code points after the initial
     * @param terms   each term as indexed
     * @param letters each term's {@link #letters} after the initial
     */
    private record Initial(int[] start, int[][] rest, BytesRef[] terms, long[] letters) {
        /** The first term at least {@code length} code points long. */
        int first(int length) {
            return start[Math.max(0, Math.min(length, start.length - 1))];
        }
    }

    private record Vocabulary(Map<Integer, Initial> byInitial) {
    }

    /**
     * The letters a word has, one bit per letter (a letter's code point modulo 64: two letters may share a bit, which
     * only makes two words look more alike). An edit changes at most two bits, so two words whose bits differ in more
     * than twice the edits allowed are further apart than that.
     */
    static long letters(int[] codePoints) {
        long bits = 0;
        for (int cp : codePoints) {
            bits |= 1L << (cp & 63);
        }
        return bits;
    }

    private static Optional<Vocabulary> vocabulary(LeafReaderContext leaf, String field) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return Optional.empty();
        }
        Map<String, Vocabulary> fields = VOCABULARIES.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(VOCABULARIES::remove);
            return new ConcurrentHashMap<>();
        });
        Vocabulary v = fields.get(field);
        if (v == null) {
            v = read(leaf.reader().terms(field));
            fields.putIfAbsent(field, v);
        }
        return Optional.of(v);
    }

    private static Vocabulary read(Terms terms) throws IOException {
        Map<Integer, List<int[]>> points = new HashMap<>();
        Map<Integer, List<BytesRef>> bytes = new HashMap<>();
        if (terms != null) {
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                int[] cp = new int[t.length];
                int n = UnicodeUtil.UTF8toUTF32(t, cp);
                if (n == 0) {
                    continue;
                }
                points.computeIfAbsent(cp[0], k -> new ArrayList<>()).add(Arrays.copyOfRange(cp, 1, n));
                bytes.computeIfAbsent(cp[0], k -> new ArrayList<>()).add(BytesRef.deepCopyOf(t));
            }
        }
        Map<Integer, Initial> byInitial = new HashMap<>();
        points.forEach((initial, rests) -> {
            List<BytesRef> termBytes = bytes.get(initial);
            Integer[] order = new Integer[rests.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt(i -> rests.get(i).length));
            int longest = rests.get(order[order.length - 1]).length + 1;
            int[] start = new int[longest + 2];
            int[][] rest = new int[order.length][];
            BytesRef[] ts = new BytesRef[order.length];
            long[] letters = new long[order.length];
            for (int i = 0; i < order.length; i++) {
                rest[i] = rests.get(order[i]);
                ts[i] = termBytes.get(order[i]);
                letters[i] = letters(rest[i]);
                start[rest[i].length + 2]++;
            }
            for (int n = 1; n < start.length; n++) {
                start[n] += start[n - 1];
            }
            byInitial.put(initial, new Initial(start, rest, ts, letters));
        });
        return new Vocabulary(Map.copyOf(byInitial));
    }
}
