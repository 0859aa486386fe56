package org.tutela.core.names;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Several parts of one name against one part of the other: written as one word (SergeiLavrov, Patr ushev), or as
 * their initials (JC / Jean-Claude). Asked only of leftover parts, so a clean pairing never pays for it.
 */
final class JoinedParts {
    /** What writing parts together or apart costs, taken off the similarity of the joined form. */
    static final double COST = 0.03;
    /** At most this many parts are tried as one word. */
    static final int MAX_JOINED = 3;

    private final PartComparators comparators;
    private final Function<String, NamePart> analyse;

    JoinedParts(PartComparators comparators, Function<String, NamePart> analyse) {
        this.comparators = comparators;
        this.analyse = analyse;
    }

    /** Parts {@code from..to} of {@code run} against {@code single}. */
    Optional<Correspondence> compare(List<NamePart> run, int from, int to, NamePart single) {
        if (single.isInitial()) {
            return Optional.empty();
        }
        StringBuilder letters = new StringBuilder();
        StringBuilder together = new StringBuilder();
        for (int k = from; k <= to; k++) {
            NamePart p = run.get(k);
            letters.appendCodePoint(p.text().codePointAt(0));
            together.append(p.text());
        }
        String written = NameMatcher.text(run, from, to);
        if (single.text().contentEquals(letters) && to - from + 1 >= 2) {
            return Optional.of(new Correspondence(InitialComparator.SIMILARITY, PartMatch.Kind.INITIALS,
                    () -> "'" + single.text() + "' are the initials of '" + written + "'"));
        }
        if (run.subList(from, to + 1).stream().anyMatch(NamePart::isInitial) || !comparableLength(run, from, to, together, single)
                || !startsAndEndsAlike(run.get(from), run.get(to), single)) {
            return Optional.empty();
        }
        Correspondence p = comparators.compare(analyse.apply(together.toString()), single);
        if (!p.pairs() || p.kind() == PartMatch.Kind.INITIAL || p.kind() == PartMatch.Kind.MISSING_IN_CANDIDATE) {
            return Optional.empty();
        }
        return Optional.of(new Correspondence(p.similarity() - COST, PartMatch.Kind.JOINED,
                () -> "'" + written + "' written as one word: " + p.detail().get()));
    }

    /**
     * Whether a joined form is worth analysing against {@code single}: most leftovers belong to two different
     * names, and analysing every joined form would romanise words nobody wrote.
     */
    private static boolean comparableLength(List<NamePart> run, int from, int to, CharSequence joined, NamePart single) {
        int a = joined.length();
        int b = single.text().length();
        if (single.script() == Script.OTHER || run.get(from).script() == Script.OTHER) {
            // a syllable script writes in one sign what Latin writes in three letters (정은 / Jeong-eun): the keys' lengths
            a = 0;
            for (int k = from; k <= to; k++) {
                a += longestKey(run.get(k));
            }
            b = longestKey(single);
        }
        return Math.min(a, b) * 5 >= Math.max(a, b) * 3;
    }

    private static int longestKey(NamePart p) {
        int longest = p.text().length();
        for (String k : p.keySet()) {
            longest = Math.max(longest, k.length());
        }
        return longest;
    }

    /**
     * Whether {@code single} begins as the first part of a run and ends as its last, by their keys: a cheap test
     * that spares analysing joined forms of parts that have nothing to do with it.
     */
    private static boolean startsAndEndsAlike(NamePart first, NamePart last, NamePart single) {
        boolean starts = false;
        boolean ends = false;
        // one letter each way: a key's ends move with the context rules (-ev/-ov, sh/S)
        for (String k : single.keySet()) {
            for (String f : first.keySet()) {
                starts |= k.charAt(0) == f.charAt(0);
            }
            for (String l : last.keySet()) {
                ends |= k.charAt(k.length() - 1) == l.charAt(l.length() - 1);
            }
        }
        return starts && ends;
    }
}
