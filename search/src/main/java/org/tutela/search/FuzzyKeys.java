package org.tutela.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.UnicodeUtil;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    /** Past this many terms under one initial letter, the caller should let a {@link FuzzyQuery} do it. */
    static final int SCAN_LIMIT = 20_000;

    private FuzzyKeys() {
    }

    /**
     * The expansion of {@code new FuzzyQuery(new Term(field, key), maxEdits, 1, maxExpansions, true)} in this reader,
     * or empty when more than {@code scanLimit} terms of some segment share the key's first letter.
     */
    static Optional<List<BytesRef>> expand(IndexReader reader, String field, String key, int maxEdits, int maxExpansions,
                                           int scanLimit) throws IOException {
        int[] keyPoints = key.codePoints().toArray();
        if (keyPoints.length == 0 || maxEdits < 1 || maxEdits > 2) {
            throw new IllegalArgumentException("a key with one to two edits is expanded, not '" + key + "' with " + maxEdits);
        }
        BytesRef prefix = new BytesRef(new String(keyPoints, 0, 1));
        int[] keySuffix = java.util.Arrays.copyOfRange(keyPoints, 1, keyPoints.length);
        Map<BytesRef, Float> found = new HashMap<>();
        int[] points = new int[16];
        int[][] rows = new int[3][];
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum e = terms.iterator();
            if (e.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                continue;
            }
            int scanned = 0;
            for (BytesRef t = e.term(); t != null && StringHelper.startsWith(t, prefix); t = e.next()) {
                if (++scanned > scanLimit) {
                    return Optional.empty();
                }
                if (points.length < t.length) {
                    points = new int[t.length];
                }
                int n = codePoints(t, points);
                if (Math.abs(n - keyPoints.length) > maxEdits) {
                    continue;
                }
                if (rows[0] == null || rows[0].length < n + 1) {
                    for (int r = 0; r < rows.length; r++) {
                        rows[r] = new int[Math.max(n + 1, 16)];
                    }
                }
                int edits = distance(keySuffix, points, 1, n, maxEdits, rows);
                if (edits <= maxEdits) {
                    // a term in several segments has one similarity: the first reading stands
                    float boost = edits == 0 ? 1.0f : 1.0f - (float) edits / (float) Math.min(n, keyPoints.length);
                    found.putIfAbsent(BytesRef.deepCopyOf(t), boost);
                }
            }
        }
        List<Map.Entry<BytesRef, Float>> best = new ArrayList<>(found.entrySet());
        best.sort(Map.Entry.<BytesRef, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return Optional.of(best.stream().limit(maxExpansions).map(Map.Entry::getKey).toList());
    }

    /** Decodes UTF-8 into {@code out} (at least as long as the bytes); returns the number of code points. */
    private static int codePoints(BytesRef t, int[] out) {
        boolean ascii = true;
        for (int i = 0; i < t.length && ascii; i++) {
            ascii = t.bytes[t.offset + i] >= 0;
        }
        if (ascii) {
            for (int i = 0; i < t.length; i++) {
                out[i] = t.bytes[t.offset + i];
            }
            return t.length;
        }
        int[] decoded = new int[t.length];
        int n = UnicodeUtil.UTF8toUTF32(t, decoded);
        System.arraycopy(decoded, 0, out, 0, n);
        return n;
    }

    /**
     * Optimal-string-alignment distance between {@code a} and {@code b[from..to)}, or {@code max + 1} once it is
     * certain to exceed {@code max}. {@code rows} holds three arrays of at least {@code to - from + 1} ints to work in.
     */
    static int distance(int[] a, int[] b, int from, int to, int max, int[][] rows) {
        int n = a.length;
        int m = to - from;
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev2 = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = a[i - 1] == b[from + j - 1] ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[from + j - 2] && a[i - 2] == b[from + j - 1]) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        return Math.min(prev[m], max + 1);
    }
}
