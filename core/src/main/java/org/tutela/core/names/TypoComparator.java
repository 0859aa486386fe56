package org.tutela.core.names;

import java.util.Optional;

/**
 * A few letters differ between two keys: one in words of four to eight letters, two from nine; short words get
 * none (Ivan and Igan are two names). Words of five letters or more, of one length, that differ only in vowels get
 * two: vowels are what spellings and languages change most (akanye makes Morozov Marazau).
 */
final class TypoComparator implements PartComparator {
    private static final String VOWELS = "aeiouy";

    @Override
    public Optional<Correspondence> compare(NamePart a, NamePart b) {
        int best = Integer.MAX_VALUE;
        int len = 1;
        String ka = "";
        String kb = "";
        for (String x : a.keySet()) {
            for (String y : b.keySet()) {
                int l = Math.max(x.length(), y.length());
                int allowed = allowedEdits(Math.min(x.length(), y.length()));
                if (allowed == 0) {
                    continue;
                }
                int limit = allowed;
                int d = EditDistance.of(x, y, allowed);
                if (d > allowed && allowed < 2 && vowelsOnly(x, y)) {
                    limit = 2;
                    d = EditDistance.of(x, y, limit);
                }
                if (d <= limit && (d < best || d == best && l > len)) {
                    best = d;
                    len = l;
                    ka = x;
                    kb = y;
                }
            }
        }
        // the key can be shorter than the word (ss, oo and kh collapse), which leaves a short word no allowance:
        // two Latin words are also compared as written
        String ta = a.text();
        String tb = b.text();
        if (best == Integer.MAX_VALUE && a.script() == Script.LATIN && b.script() == Script.LATIN
                && !(a.keySet().contains(ta) && b.keySet().contains(tb))) {
            int allowed = allowedEdits(Math.min(ta.length(), tb.length()));
            int d = allowed == 0 ? Integer.MAX_VALUE : EditDistance.of(ta, tb, allowed);
            if (d <= allowed) {
                best = d;
                len = Math.max(ta.length(), tb.length());
                ka = ta;
                kb = tb;
            }
        }
        if (best == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        double sim = Math.max(Correspondence.FLOOR, 0.95 - 0.6 * best / (double) len);
        int edits = best;
        String x = ka;
        String y = kb;
        String what = edits > allowedEdits(Math.min(x.length(), y.length())) ? " vowels differ, nothing else"
                : edits == 1 ? " letter differs" : " letters differ";
        return Optional.of(new Correspondence(sim, PartMatch.Kind.TYPO, () -> edits + what + " (keys " + x + " / " + y + ")"));
    }

    /** Two words of five letters or more, of one length, that differ only in vowels. A dropped vowel is not this. */
    private static boolean vowelsOnly(String x, String y) {
        if (x.length() != y.length() || x.length() < 5) {
            return false;
        }
        for (int k = 0; k < x.length(); k++) {
            char a = x.charAt(k);
            char b = y.charAt(k);
            if (a != b && (VOWELS.indexOf(a) < 0 || VOWELS.indexOf(b) < 0)) {
                return false;
            }
        }
        return true;
    }

    /** Short parts get no typo allowance: Ivan and Iван are one edit apart yet Ivan and Igan are two names. */
    static int allowedEdits(int length) {
        if (length >= 9) {
            return 2;
        }
        return length >= 4 ? 1 : 0;
    }
}
