package org.tutela.core.names;

/**
 * The one edit distance of the project: optimal string alignment (Levenshtein with swaps of two adjacent letters,
 * the distance of Lucene's Levenshtein automata), given up once it is certain to exceed a bound. The matcher
 * compares keys with it and the index's near-miss key lookup reads the key vocabulary with it, so that a key the
 * index finds is one the matcher would call a typo.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** Work arrays of one thread: the matcher compares keys by the thousand per search, and allocating them showed. */
    private static final ThreadLocal<int[][]> WORK = ThreadLocal.withInitial(() -> new int[5][32]);

    /** The distance between two strings, or {@code max + 1} once it is certain to exceed {@code max}. */
    public static int of(String s, String t, int max) {
        if (Math.abs(s.length() - t.length()) > max) {
            return max + 1;
        }
        int[][] work = WORK.get();
        int longest = Math.max(s.length(), t.length()) + 1;
        if (work[0].length < longest) {
            work = new int[5][longest];
            WORK.set(work);
        }
        int n = codePoints(s, work[3]);
        int m = codePoints(t, work[4]);
        return of(work[3], n, work[4], 0, m, max, work);
    }

    private static int codePoints(String s, int[] into) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            into[n++] = cp;
            i += Character.charCount(cp);
        }
        return n;
    }

    /**
     * The distance between {@code a} and {@code b[from..to)} (code points), or {@code max + 1} once it is certain to
     * exceed {@code max}. {@code rows} holds three arrays of at least {@code to - from + 1} ints to work in, so that a
     * caller comparing one key with thousands reuses them.
     */
    public static int of(int[] a, int[] b, int from, int to, int max, int[][] rows) {
        return of(a, a.length, b, from, to, max, rows);
    }

    /** As above, over the first {@code n} code points of {@code a}. */
    private static int of(int[] a, int n, int[] b, int from, int to, int max, int[][] rows) {
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
