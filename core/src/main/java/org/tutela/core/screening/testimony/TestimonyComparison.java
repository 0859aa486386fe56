package org.tutela.core.screening.testimony;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tutela.core.registry.CooperationRequest.Attachment;

/**
 * Finds statements of different witnesses that share their wording (flag 14: pre-formulated
 * interrogation records). Each text becomes its overlapping runs of {@code shingleWords} words;
 * shared runs are counted (so reordered sentences still match) and chained into passages along
 * the diagonal of the two texts, tolerating a few changed, added or dropped words. The work is
 * linear in the number of words of each pair, never in characters squared.
 */
public final class TestimonyComparison {
    /** A run of words repeated more often than this in one text is boilerplate there, not evidence. */
    private static final int MAX_OCCURRENCES = 8;

    private final int shingleWords;
    private final double minContainment;
    private final int minSharedWords;

    public TestimonyComparison(int shingleWords, double minContainment, int minSharedWords) {
        if (shingleWords < 2 || shingleWords > 12) {
            throw new IllegalArgumentException("shingleWords: " + shingleWords + " is not between 2 and 12");
        }
        if (!(minContainment > 0 && minContainment <= 1)) {
            throw new IllegalArgumentException("minContainment: " + minContainment + " is not in (0, 1]");
        }
        if (minSharedWords < shingleWords) {
            throw new IllegalArgumentException("minSharedWords: " + minSharedWords + " is less than shingleWords");
        }
        this.shingleWords = shingleWords;
        this.minContainment = minContainment;
        this.minSharedWords = minSharedWords;
    }

    /** The kinds of attachment that record what a witness or suspect said. */
    public static boolean isTestimony(Attachment a) {
        return a.kind() == Attachment.Kind.INTERROGATION_RECORD || a.kind() == Attachment.Kind.WITNESS_STATEMENT;
    }

    /**
     * Every pair of statements by different witnesses (or whose authors are not stated) whose wording
     * is near-identical. Statements by the same stated author are not compared: a witness repeating
     * themselves is not suspect. Attachments that are not testimony or not text are skipped; check
     * them first with {@link TextCheck}.
     */
    public List<SimilarStatements> similarStatements(List<Attachment> attachments) {
        List<Attachment> statements = attachments.stream().filter(TestimonyComparison::isTestimony)
                .filter(a -> TextCheck.problem(a.text()).isEmpty()).toList();
        List<Text> texts = statements.stream().map(a -> new Text(a.text(), shingleWords)).toList();
        List<SimilarStatements> similar = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Attachment a = statements.get(i);
                Attachment b = statements.get(j);
                if (sameAuthor(a.author(), b.author())) {
                    continue;
                }
                Similarity s = compare(texts.get(i), texts.get(j));
                if (nearIdentical(s)) {
                    similar.add(new SimilarStatements(a.name(), a.author(), b.name(), b.author(), s));
                }
            }
        }
        return similar;
    }

    public boolean nearIdentical(Similarity s) {
        return s.containment() >= minContainment && s.sharedWords() >= minSharedWords;
    }

    private static boolean sameAuthor(Optional<String> a, Optional<String> b) {
        return a.isPresent() && b.isPresent() && normal(a.get()).equals(normal(b.get()));
    }

    /** How far two texts share wording, with the shared passages. */
    public Similarity compare(String first, String second) {
        return compare(new Text(first, shingleWords), new Text(second, shingleWords));
    }

    private Similarity compare(Text a, Text b) {
        int shared = intersection(a.distinct, b.distinct);
        int smaller = Math.min(a.distinct.length, b.distinct.length);
        int union = a.distinct.length + b.distinct.length - shared;
        double containment = smaller == 0 ? 0 : (double) shared / smaller;
        double jaccard = union == 0 ? 0 : (double) shared / union;
        if (shared == 0) {
            return new Similarity(0, 0, 0, List.of());
        }
        List<Passage> passages = passages(a, b);
        boolean[] covered = new boolean[a.words()];
        for (Passage p : passages) {
            for (int w = a.wordAt(p.firstStart()); w < a.words() && a.starts[w] < p.firstEnd(); w++) {
                covered[w] = true;
            }
        }
        int sharedWords = 0;
        for (boolean c : covered) {
            sharedWords += c ? 1 : 0;
        }
        return new Similarity(containment, jaccard, sharedWords, passages);
    }

    private static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** Chains matching shingles (i in a, j in b) into passages along near diagonals. */
    private List<Passage> passages(Text a, Text b) {
        Map<Long, int[]> inB = b.positions();
        int k = shingleWords;
        // a substituted word removes k shingles; an inserted or dropped word shifts the diagonal by one
        int maxGap = k + 2;
        int maxShift = 3;
        List<int[]> open = new ArrayList<>();   // {startI, startJ, lastI, lastJ}
        List<int[]> closed = new ArrayList<>();
        for (int i = 0; i < a.shingles.length; i++) {
            int[] js = inB.get(a.shingles[i]);
            if (js == null) {
                continue;
            }
            final int here = i;
            open.removeIf(run -> {
                if (here - run[2] > maxGap) {
                    closed.add(run);
                    return true;
                }
                return false;
            });
            for (int j : js) {
                if (j < 0) {
                    break;
                }
                int[] best = null;
                for (int[] run : open) {
                    if (run[2] < i && run[3] < j && j - run[3] <= maxGap + maxShift
                            && Math.abs((i - j) - (run[2] - run[3])) <= maxShift
                            && (best == null || run[2] > best[2])) {
                        best = run;
                    }
                }
                if (best != null) {
                    best[2] = i;
                    best[3] = j;
                } else {
                    open.add(new int[] {i, j, i, j});
                }
            }
        }
        closed.addAll(open);
        List<Passage> passages = new ArrayList<>();
        for (int[] run : closed) {
            int lastWordA = run[2] + k - 1;
            int lastWordB = run[3] + k - 1;
            int words = lastWordA - run[0] + 1;
            if (words >= k + 1) {
                passages.add(new Passage(a.starts[run[0]], a.ends[lastWordA], b.starts[run[1]], b.ends[lastWordB], words));
            }
        }
        passages.sort((p, q) -> Integer.compare(p.firstStart(), q.firstStart()));
        return passages;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** A name or phrase compared loosely: case, accents and spacing aside. */
    static String normal(String s) {
        return SPACES.matcher(word(s.strip())).replaceAll(" ");
    }

    /** One word as compared: lower case, without accents (ё as е); ASCII words, the common case, take the short path. */
    static String word(String w) {
        boolean ascii = true;
        for (int i = 0; i < w.length() && ascii; i++) {
            ascii = w.charAt(i) < 0x80;
        }
        if (ascii) {
            return w.toLowerCase(Locale.ROOT);
        }
        String n = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFKD)).replaceAll("");
        return n.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** A text as words (with offsets) and hashed word shingles. */
    private static final class Text {
        final int[] starts;
        final int[] ends;
        final long[] shingles;
        final long[] distinct;

        Text(String text, int k) {
            List<int[]> spans = new ArrayList<>();
            List<String> words = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    int start = i;
                    while (i < text.length() && (Character.isLetterOrDigit(text.codePointAt(i))
                            || Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK)) {
                        i += Character.charCount(text.codePointAt(i));
                    }
                    spans.add(new int[] {start, i});
                    words.add(word(text.substring(start, i)));
                } else {
                    i += Character.charCount(cp);
                }
            }
            starts = spans.stream().mapToInt(s -> s[0]).toArray();
            ends = spans.stream().mapToInt(s -> s[1]).toArray();
            int n = Math.max(0, words.size() - k + 1);
            shingles = new long[n];
            long[] hashes = words.stream().mapToLong(w -> mix(w.hashCode())).toArray();
            for (int s = 0; s < n; s++) {
                long h = 0;
                for (int w = 0; w < k; w++) {
                    h = h * 0x100000001B3L + hashes[s + w];
                }
                shingles[s] = h;
            }
            distinct = Arrays.stream(shingles).sorted().distinct().toArray();
        }

        int words() {
            return starts.length;
        }

        int wordAt(int offset) {
            int w = Arrays.binarySearch(starts, offset);
            return w >= 0 ? w : -w - 1;
        }

        /** Where each shingle occurs, at most {@link #MAX_OCCURRENCES} times; -1 pads unused slots. */
        Map<Long, int[]> positions() {
            Map<Long, int[]> map = new HashMap<>();
            for (int s = 0; s < shingles.length; s++) {
                int[] at = map.computeIfAbsent(shingles[s], x -> {
                    int[] slots = new int[MAX_OCCURRENCES];
                    Arrays.fill(slots, -1);
                    return slots;
                });
                for (int slot = 0; slot < at.length; slot++) {
                    if (at[slot] < 0) {
                        at[slot] = s;
                        break;
                    }
                }
            }
            return map;
        }

        private static long mix(long x) {
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            x ^= x >>> 33;
            return x;
        }
    }
}
