package org.tutela.core.names;

import org.tutela.core.registry.Country;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Scores how likely two names (or two persons) are one, by aligning their parts: each query part is
 * paired with at most one candidate part, best pairs first, whatever the order they are written in.
 * Every pairing and every missing part is named in the result, and so is what birth date, gender
 * and nationality added or took away.
 */
public final class NameMatcher {
    /** At or above this a result is reported as a likely match; below it, as a weaker lead. */
    public static final double DEFAULT_THRESHOLD = 0.80;

    static final double EXACT = 1.0;
    static final double TRANSLITERATION = 0.96;
    static final double SPELLING_VARIANT = 0.94;
    static final double EQUIVALENT = 0.93;
    static final double DIMINUTIVE = 0.90;
    static final double INITIAL = 0.70;
    /** Below this a pairing is no pairing. */
    static final double PAIR_FLOOR = 0.60;
    /** What a query part without counterpart costs, as a share of its weight. */
    static final double MISSING_COST = 1.0;
    /** What a candidate part the query does not mention costs: a query may name less than a record. */
    static final double NOT_IN_QUERY_COST = 0.30;
    static final double PATRONYMIC_COST = 0.05;
    static final double ORDER_SWAP_COST = 0.01;
    static final double SCRAMBLED = 0.85;
    /** Parts alike only in their consonants ({@link SoundKey}): weaker than a table's transliteration. */
    static final double BY_SOUND = 0.85;
    static final int MIN_SOUND_KEY = 3;
    private static final String VOWELS = "aeiouy";
    /** What writing parts together or apart costs, taken off the similarity of the joined form. */
    static final double JOINED_COST = 0.03;
    /** At most this many parts are tried as one word. */
    static final int MAX_JOINED = 3;
    /** Shorter keys are too often anagrams of other names (Amir / Mira) to count as scrambled. */
    static final int MIN_SCRAMBLED = 5;

    private final NameAnalyser analyser;

    public NameMatcher(NameAnalyser analyser) {
        this.analyser = analyser;
    }

    public static NameMatcher standard() {
        return new NameMatcher(NameAnalyser.standard());
    }

    public NameAnalyser analyser() {
        return analyser;
    }

    /** Compares two names. @throws NameInputException when either is not a usable name */
    public NameMatch compare(String queryName, String candidateName) {
        return compare(analyser.analyse(queryName), analyser.analyse(candidateName));
    }

    /** Compares two persons: the best pair of their names, then the evidence. */
    public NameMatch compare(MatchSubject query, MatchSubject candidate) {
        List<AnalysedName> q = query.names().stream().flatMap(n -> analyser.analyseAll(n).stream()).toList();
        List<AnalysedName> c = new ArrayList<>();
        for (String n : candidate.names()) {
            try {
                c.addAll(analyser.analyseAll(n));
            } catch (NameInputException e) {
                // a stored name no longer accepted (too long, say) cannot match; the others still can
            }
        }
        return compare(q, query, c, candidate);
    }

    /** As {@link #compare(MatchSubject, MatchSubject)}, with names analysed beforehand. */
    public NameMatch compare(List<AnalysedName> queryNames, MatchSubject query, List<AnalysedName> candidateNames, MatchSubject candidate) {
        NameMatch best = null;
        for (AnalysedName qn : queryNames) {
            for (AnalysedName cn : candidateNames) {
                NameMatch m = compare(qn, cn);
                if (best == null || m.nameScore() > best.nameScore()) {
                    best = m;
                }
            }
        }
        if (best == null) {
            throw new NameInputException("the candidate has no usable name");
        }
        List<Evidence> evidence = evidence(query, candidate);
        double score = best.nameScore() + evidence.stream().mapToDouble(Evidence::effect).sum();
        return new NameMatch(clamp(score), best.nameScore(), best.queryName(), best.candidateName(), best.orderSwapped(),
                best.parts(), evidence);
    }

    /**
     * A possible pairing of query parts {@code q..qEnd} with candidate parts {@code c..cEnd} (one each,
     * unless a name joins or splits words); the explanation is only written for the pairings chosen.
     */
    private record Pair(int q, int qEnd, int c, int cEnd, double sim, PartMatch.Kind kind, Supplier<String> detail) {
        Pair(int q, int c, double sim, PartMatch.Kind kind, Supplier<String> detail) {
            this(q, q, c, c, sim, kind, detail);
        }

        Pair(int q, int c, double sim, PartMatch.Kind kind, String detail) {
            this(q, c, sim, kind, () -> detail);
        }
    }

    public NameMatch compare(AnalysedName query, AnalysedName candidate) {
        List<NamePart> qs = query.parts();
        List<NamePart> cs = candidate.parts();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            for (int j = 0; j < cs.size(); j++) {
                Pair p = pair(i, qs.get(i), j, cs.get(j));
                if (p.sim >= PAIR_FLOOR) {
                    pairs.add(p);
                }
            }
        }
        // best pairs first; among equals, the one keeping the written order, so "A B" ~ "A B" is not a swap
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim).thenComparingInt(p -> Math.abs(p.q - p.c)));
        boolean[] qUsed = new boolean[qs.size()];
        boolean[] cUsed = new boolean[cs.size()];
        List<Pair> chosen = new ArrayList<>();
        choose(pairs, qUsed, cUsed, chosen);
        if (anyFree(qUsed) && anyFree(cUsed)) {
            choose(leftoverPairs(qs, qUsed, cs, cUsed), qUsed, cUsed, chosen);
        }
        chosen.sort(Comparator.comparingInt(Pair::q));
        List<PartMatch> parts = new ArrayList<>();
        double gained = 0;
        double total = 0;
        for (Pair p : chosen) {
            double w = (weight(qs, p.q, p.qEnd) + weight(cs, p.c, p.cEnd)) / 2;
            gained += w * p.sim;
            total += w;
            parts.add(new PartMatch(Optional.of(text(qs, p.q, p.qEnd)), Optional.of(text(cs, p.c, p.cEnd)),
                    role(qs.get(p.q), cs.get(p.c)), p.kind, p.sim, p.detail.get()));
        }
        Leftovers left = new Leftovers(qs, qUsed, cs, cUsed);
        total += left.cost(parts);
        boolean swapped = false;
        for (int x = 0; x < chosen.size() && !swapped; x++) {
            for (int y = x + 1; y < chosen.size(); y++) {
                if (chosen.get(y).c < chosen.get(x).c) {
                    swapped = true;
                    break;
                }
            }
        }
        double score = total == 0 ? 0 : gained / total;
        if (swapped) {
            score -= ORDER_SWAP_COST;
        }
        score = clamp(score);
        return new NameMatch(score, score, query.original(), candidate.original(), swapped, parts, List.of());
    }

    private static void choose(List<Pair> pairs, boolean[] qUsed, boolean[] cUsed, List<Pair> chosen) {
        for (Pair p : pairs) {
            if (free(qUsed, p.q, p.qEnd) && free(cUsed, p.c, p.cEnd)) {
                java.util.Arrays.fill(qUsed, p.q, p.qEnd + 1, true);
                java.util.Arrays.fill(cUsed, p.c, p.cEnd + 1, true);
                chosen.add(p);
            }
        }
    }

    private static boolean free(boolean[] used, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyFree(boolean[] used) {
        for (boolean u : used) {
            if (!u) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts no single part matched, tried again the ways names get mangled in lists and requests: words
     * run together or split (SergeiLavrov, Patr ushev), initials for several parts (JC Juncker), letters
     * scrambled (nituP). Only leftovers are tried, so a clean pairing never pays for this.
     */
    private List<Pair> leftoverPairs(List<NamePart> qs, boolean[] qUsed, List<NamePart> cs, boolean[] cUsed) {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            for (int j = 0; j < cs.size(); j++) {
                if (!qUsed[i] && !cUsed[j]) {
                    scrambled(i, qs.get(i), j, cs.get(j)).ifPresent(out::add);
                }
            }
        }
        for (int run = 2; run <= MAX_JOINED; run++) {
            for (int i = 0; i + run <= qs.size(); i++) {
                if (free(qUsed, i, i + run - 1)) {
                    for (int j = 0; j < cs.size(); j++) {
                        if (!cUsed[j]) {
                            int q = i;
                            int qEnd = i + run - 1;
                            int c = j;
                            joined(qs, q, qEnd, cs.get(j)).ifPresent(m -> out.add(new Pair(q, qEnd, c, c, m.sim, m.kind, m.detail)));
                        }
                    }
                }
            }
            for (int j = 0; j + run <= cs.size(); j++) {
                if (free(cUsed, j, j + run - 1)) {
                    for (int i = 0; i < qs.size(); i++) {
                        if (!qUsed[i]) {
                            int q = i;
                            int c = j;
                            int cEnd = j + run - 1;
                            joined(cs, c, cEnd, qs.get(i)).ifPresent(m -> out.add(new Pair(q, q, c, cEnd, m.sim, m.kind, m.detail)));
                        }
                    }
                }
            }
        }
        out.sort(Comparator.comparingDouble((Pair p) -> -p.sim));
        return out;
    }

    private record Joined(double sim, PartMatch.Kind kind, Supplier<String> detail) {
    }

    /** Parts {@code from..to} of one name against one part of the other: written together, or as initials. */
    private Optional<Joined> joined(List<NamePart> run, int from, int to, NamePart single) {
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
        String written = text(run, from, to);
        if (single.text().contentEquals(letters) && to - from + 1 >= 2) {
            return Optional.of(new Joined(INITIAL, PartMatch.Kind.INITIALS,
                    () -> "'" + single.text() + "' are the initials of '" + written + "'"));
        }
        if (run.subList(from, to + 1).stream().anyMatch(NamePart::isInitial) || !comparableLength(together, single)
                || !startsAndEndsAlike(run.get(from), run.get(to), single)) {
            return Optional.empty();
        }
        Pair p = pair(0, analyser.part(together.toString()), 0, single);
        if (p.sim < PAIR_FLOOR || p.kind == PartMatch.Kind.INITIAL || p.kind == PartMatch.Kind.MISSING_IN_CANDIDATE) {
            return Optional.empty();
        }
        return Optional.of(new Joined(p.sim - JOINED_COST, PartMatch.Kind.JOINED,
                () -> "'" + written + "' written as one word: " + p.detail.get()));
    }

    /**
     * Whether a joined form is worth analysing against {@code single}: most leftovers belong to two different
     * names, and analysing every joined form would romanise words nobody wrote.
     */
    private static boolean comparableLength(CharSequence joined, NamePart single) {
        int a = joined.length();
        int b = single.text().length();
        return Math.min(a, b) * 5 >= Math.max(a, b) * 3;
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

    /** The same letters in another order: reversed or shuffled, as when a name is typed to slip a filter. */
    private static Optional<Pair> scrambled(int i, NamePart a, int j, NamePart b) {
        if (a.isInitial() || b.isInitial()) {
            return Optional.empty();
        }
        for (String x : a.keySet()) {
            if (x.length() < MIN_SCRAMBLED) {
                continue;
            }
            char[] sx = x.toCharArray();
            java.util.Arrays.sort(sx);
            for (String y : b.keySet()) {
                if (y.length() == x.length() && !y.equals(x)) {
                    char[] sy = y.toCharArray();
                    java.util.Arrays.sort(sy);
                    if (java.util.Arrays.equals(sx, sy)) {
                        return Optional.of(new Pair(i, j, SCRAMBLED, PartMatch.Kind.SCRAMBLED,
                                () -> "the same letters in another order (keys " + x + " / " + y + ")"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What the parts without counterpart cost. A part one name has and the other lacks is an omission
     * (records carry more given names than a request names, and the other way round): it costs little. Parts
     * left over on both sides are two different names in one place: a contradiction, which costs the
     * query's part in full. Patronymics, initials, particles and repeated words have their own, smaller costs.
     */
    private static final class Leftovers {
        private final List<NamePart> qs;
        private final List<NamePart> cs;
        private final boolean[] qUsed;
        private final boolean[] cUsed;
        private final List<Integer> q = new ArrayList<>();
        private final List<Integer> c = new ArrayList<>();
        private final boolean queryHasPatronymic;
        private final boolean candidateHasPatronymic;
        private final long qSubstantive;
        private final long cSubstantive;

        Leftovers(List<NamePart> qs, boolean[] qUsed, List<NamePart> cs, boolean[] cUsed) {
            this.qs = qs;
            this.cs = cs;
            this.qUsed = qUsed;
            this.cUsed = cUsed;
            for (int i = 0; i < qs.size(); i++) {
                if (!qUsed[i]) {
                    q.add(i);
                }
            }
            for (int j = 0; j < cs.size(); j++) {
                if (!cUsed[j]) {
                    c.add(j);
                }
            }
            queryHasPatronymic = qs.stream().anyMatch(p -> p.role() == NamePart.Role.PATRONYMIC);
            candidateHasPatronymic = cs.stream().anyMatch(p -> p.role() == NamePart.Role.PATRONYMIC);
            qSubstantive = q.stream().filter(i -> substantive(qs, qUsed, i)).count();
            cSubstantive = c.stream().filter(j -> substantive(cs, cUsed, j)).count();
        }

        private static boolean substantive(List<NamePart> name, boolean[] used, int i) {
            NamePart p = name.get(i);
            return p.role() != NamePart.Role.PATRONYMIC && !p.isInitial() && !repeated(name, used, i);
        }

        /** Written a second time in the same name, and the other copy is matched. */
        private static boolean repeated(List<NamePart> name, boolean[] used, int i) {
            for (int k = 0; k < name.size(); k++) {
                if (k != i && used[k] && name.get(k).text().equals(name.get(i).text())) {
                    return true;
                }
            }
            return false;
        }

        /** Adds a line per leftover part to {@code parts}; returns the weight they add to the total. */
        double cost(List<PartMatch> parts) {
            double total = 0;
            long contradictions = Math.min(qSubstantive, cSubstantive);
            long qContradicting = 0;
            long cContradicting = 0;
            int omissions = 0;
            for (int i : q) {
                NamePart a = qs.get(i);
                double w = weight(qs, i);
                if (repeated(qs, qUsed, i)) {
                    total += w * PATRONYMIC_COST;
                    parts.add(new PartMatch(Optional.of(a.text()), Optional.empty(), a.role(), PartMatch.Kind.REPEATED, 0,
                            "written twice in the query's name"));
                } else if (a.role() == NamePart.Role.PATRONYMIC) {
                    total += w * (candidateHasPatronymic ? MISSING_COST : PATRONYMIC_COST);
                    parts.add(candidateHasPatronymic
                            ? new PartMatch(Optional.of(a.text()), Optional.empty(), a.role(), PartMatch.Kind.PATRONYMIC_DIFFERENT, 0,
                            "the candidate's patronymic is another one")
                            : new PartMatch(Optional.of(a.text()), Optional.empty(), a.role(), PartMatch.Kind.PATRONYMIC_MISSING, 0,
                            "the candidate's name has no patronymic to compare"));
                } else if (a.isInitial()) {
                    // a middle initial the other name leaves out is normal; one where the other has another name is not
                    boolean omitted = cSubstantive == 0 && c.stream().noneMatch(j -> cs.get(j).isInitial());
                    total += w * (omitted ? PATRONYMIC_COST : MISSING_COST);
                    parts.add(new PartMatch(Optional.of(a.text()), Optional.empty(), a.role(), PartMatch.Kind.MISSING_IN_CANDIDATE, 0,
                            omitted ? "an initial the candidate's name leaves out" : "the initial of no part of the candidate's name"));
                } else if (qContradicting++ < contradictions) {
                    total += w * MISSING_COST;
                    parts.add(new PartMatch(Optional.of(a.text()), Optional.empty(), a.role(), PartMatch.Kind.MISSING_IN_CANDIDATE, 0,
                            "no part of the candidate's name corresponds"));
                } else {
                    total += w * (omissions++ == 0 ? NOT_IN_QUERY_COST : NOT_IN_QUERY_COST / 2);
                    parts.add(new PartMatch(Optional.of(a.text()), Optional.empty(), a.role(), PartMatch.Kind.MISSING_IN_CANDIDATE, 0,
                            "the candidate's name does not have this part"));
                }
            }
            for (int j : c) {
                NamePart b = cs.get(j);
                double w = weight(cs, j);
                if (repeated(cs, cUsed, j)) {
                    total += w * PATRONYMIC_COST;
                    parts.add(new PartMatch(Optional.empty(), Optional.of(b.text()), b.role(), PartMatch.Kind.REPEATED, 0,
                            "written twice in the candidate's name"));
                } else if (b.role() == NamePart.Role.PATRONYMIC && queryHasPatronymic) {
                    total += w * NOT_IN_QUERY_COST;
                    parts.add(new PartMatch(Optional.empty(), Optional.of(b.text()), b.role(), PartMatch.Kind.PATRONYMIC_DIFFERENT, 0,
                            "the query's patronymic is another one"));
                } else if (b.role() == NamePart.Role.PATRONYMIC || b.isInitial()) {
                    total += w * PATRONYMIC_COST;
                    parts.add(new PartMatch(Optional.empty(), Optional.of(b.text()), b.role(),
                            b.isInitial() ? PartMatch.Kind.NOT_IN_QUERY : PartMatch.Kind.PATRONYMIC_MISSING, 0,
                            b.isInitial() ? "an initial the query does not mention" : "the query has no patronymic to compare"));
                } else if (cContradicting++ < contradictions) {
                    total += w * NOT_IN_QUERY_COST;
                    parts.add(new PartMatch(Optional.empty(), Optional.of(b.text()), b.role(), PartMatch.Kind.NOT_IN_QUERY, 0,
                            "the query has another part here"));
                } else {
                    // records often carry more given names than a query names: the first extra part costs most
                    total += w * (omissions++ == 0 ? NOT_IN_QUERY_COST : NOT_IN_QUERY_COST / 2);
                    parts.add(new PartMatch(Optional.empty(), Optional.of(b.text()), b.role(), PartMatch.Kind.NOT_IN_QUERY, 0,
                            "the query does not mention this part"));
                }
            }
            return total;
        }
    }

    private static String text(List<NamePart> parts, int from, int to) {
        if (from == to) {
            return parts.get(from).text();
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            b.append(k > from ? " " : "").append(parts.get(k).text());
        }
        return b.toString();
    }

    private static double weight(List<NamePart> parts, int from, int to) {
        double w = 0;
        for (int k = from; k <= to; k++) {
            w += weight(parts, k);
        }
        return w;
    }

    private static NamePart.Role role(NamePart a, NamePart b) {
        return a.role() == NamePart.Role.UNKNOWN ? b.role() : a.role();
    }

    /** A particle joins name parts, so it never stands first: a first "Ben" is a given name, not "son of". */
    private static double weight(List<NamePart> parts, int k) {
        NamePart p = parts.get(k);
        if (p.role() == NamePart.Role.PATRONYMIC) {
            return 0.5;
        }
        if (k > 0 && NameAnalyser.PARTICLES.contains(p.text())) {
            return 0.2;
        }
        return p.isInitial() ? 0.5 : 1.0;
    }

    private Pair pair(int i, NamePart a, int j, NamePart b) {
        if (a.text().equals(b.text())) {
            return new Pair(i, j, EXACT, PartMatch.Kind.EXACT, "same after normalisation");
        }
        if (a.isInitial() || b.isInitial()) {
            if (a.isInitial() && b.isInitial()) {
                return new Pair(i, j, 0, PartMatch.Kind.MISSING_IN_CANDIDATE, "");
            }
            NamePart initial = a.isInitial() ? a : b;
            NamePart full = a.isInitial() ? b : a;
            Set<Character> firsts = new HashSet<>();
            initial.keys().values().forEach(k -> firsts.add(Character.toLowerCase(k.charAt(0))));
            initial.romanisations().values().forEach(r -> {
                if (!r.isEmpty()) {
                    firsts.add(Character.toLowerCase(r.charAt(0)));
                }
            });
            boolean fits = full.keys().values().stream().anyMatch(k -> firsts.contains(Character.toLowerCase(k.charAt(0))))
                    || full.romanisations().values().stream().anyMatch(r -> !r.isEmpty() && firsts.contains(Character.toLowerCase(r.charAt(0))));
            return fits ? new Pair(i, j, INITIAL, PartMatch.Kind.INITIAL, "'" + initial.text() + "' is the initial of '" + full.text() + "'")
                    : new Pair(i, j, 0, PartMatch.Kind.MISSING_IN_CANDIDATE, "");
        }
        if (shareKey(a, b)) {
            boolean sameScript = a.script() == b.script();
            return new Pair(i, j, sameScript ? SPELLING_VARIANT : TRANSLITERATION,
                    sameScript ? PartMatch.Kind.SPELLING_VARIANT : PartMatch.Kind.TRANSLITERATION, () -> sharedKey(a, b).orElse(""));
        }
        Pair byGroup = null;
        for (NameEquivalents.Membership ma : a.groups()) {
            for (NameEquivalents.Membership mb : b.groups()) {
                if (ma.group() == mb.group()) {
                    boolean diminutive = ma.kind() == NameEquivalents.Kind.DIMINUTIVE && ma.shortForm() != mb.shortForm();
                    // the closest relation wins: forms of one name before a full form and its short form
                    if (byGroup == null || !diminutive && byGroup.kind == PartMatch.Kind.DIMINUTIVE) {
                        NameEquivalents.Group g = analyser.equivalents().group(ma.group());
                        byGroup = new Pair(i, j, diminutive ? DIMINUTIVE : EQUIVALENT,
                                diminutive ? PartMatch.Kind.DIMINUTIVE : PartMatch.Kind.EQUIVALENT,
                                () -> "'" + g.label() + "' (" + g.file() + ")");
                    }
                }
            }
        }
        if (byGroup != null) {
            return byGroup;
        }
        if (a.role() == NamePart.Role.PATRONYMIC && b.role() == NamePart.Role.PATRONYMIC) {
            Pair byFather = fathersName(i, a, j, b);
            if (byFather != null) {
                return byFather;
            }
        }
        Pair typo = typo(i, a, j, b);
        if (typo.sim < PAIR_FLOOR && roughlyRomanised(a, b)) {
            return bySound(i, a, j, b).orElse(typo);
        }
        return typo;
    }

    /** Different scripts, one of which ICU romanises without a table of ours (Arabic, Korean, Greek, ...). */
    private static boolean roughlyRomanised(NamePart a, NamePart b) {
        return a.script() != b.script() && (rough(a.script()) || rough(b.script()));
    }

    private static boolean rough(Script s) {
        return s == Script.OTHER || s == Script.MIXED;
    }

    private static boolean abjad(NamePart p) {
        Character.UnicodeScript s = Character.UnicodeScript.of(p.text().codePointAt(0));
        return s == Character.UnicodeScript.ARABIC || s == Character.UnicodeScript.HEBREW || s == Character.UnicodeScript.SYRIAC;
    }

    /** Consonants alike by {@link SoundKey}: equal, or one more or fewer when there are at least four; equal first. */
    private static Optional<Pair> bySound(int i, NamePart a, int j, NamePart b) {
        boolean abjadA = abjad(a);
        boolean abjadB = abjad(b);
        Pair best = null;
        for (String x : a.keySet()) {
            String sx = SoundKey.of(x, abjadA);
            if (sx.length() < MIN_SOUND_KEY) {
                continue;
            }
            for (String y : b.keySet()) {
                String sy = SoundKey.of(y, abjadB);
                if (sy.length() < MIN_SOUND_KEY) {
                    continue;
                }
                // rough romanisations add or drop a consonant (Greek ντ, Korean final -u), they rarely change one
                int d = sx.equals(sy) ? 0
                        : Math.abs(sx.length() - sy.length()) == 1 && Math.min(sx.length(), sy.length()) > MIN_SOUND_KEY
                        ? editDistance(sx, sy, 1) : 2;
                if (d <= 1 && (best == null || d == 0 && best.sim < BY_SOUND)) {
                    best = new Pair(i, j, d == 0 ? BY_SOUND : BY_SOUND - 0.05, PartMatch.Kind.TRANSLITERATION,
                            () -> "alike in sound across scripts (keys " + x + " / " + y + ", consonants " + sx + " / " + sy + ")");
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static final String[] PATRONYMIC_SUFFIXES = {"ьевич", "ьевна", "ьович", "ївна", "іївна", "ійович", "йович", "евич", "евна",
            "ович", "овна", "івна", "авіч", "аўна", "овіч", "ич", "ична",
            "ievich", "yevich", "iyovych", "iyovich", "ovych", "evych", "ovich", "evich", "avich", "ovitch", "evitch",
            "ievna", "yevna", "ovna", "evna", "ivna", "avna", "ich"};

    /**
     * Two patronymics formed from forms of one given name (Aliaksandravich, Aleksandrovich,
     * Олександрович) are equivalent: the father's names are compared through the equivalence files.
     */
    private Pair fathersName(int i, NamePart a, int j, NamePart b) {
        Set<Integer> groupsA = fatherGroups(a);
        Set<Integer> groupsB = fatherGroups(b);
        for (Integer g : groupsA) {
            if (groupsB.contains(g)) {
                NameEquivalents.Group group = analyser.equivalents().group(g);
                return new Pair(i, j, EQUIVALENT, PartMatch.Kind.EQUIVALENT,
                        () -> "patronymics of one given name: '" + group.label() + "' (" + group.file() + ")");
            }
        }
        return null;
    }

    private Set<Integer> fatherGroups(NamePart p) {
        Set<Integer> out = new HashSet<>();
        for (String suffix : PATRONYMIC_SUFFIXES) {
            if (p.text().endsWith(suffix) && p.text().length() > suffix.length() + 2) {
                String stem = p.text().substring(0, p.text().length() - suffix.length());
                for (String given : new String[]{stem, stem + "й", stem + "ий", stem + "y", stem + "iy", stem + "i", stem + "a", stem + "а"}) {
                    for (NameEquivalents.Membership m : analyser.part(given).groups()) {
                        if (!m.shortForm()) {
                            out.add(m.group());
                        }
                    }
                }
                break;
            }
        }
        return out;
    }

    private static boolean shareKey(NamePart a, NamePart b) {
        Set<String> small = a.keySet().size() <= b.keySet().size() ? a.keySet() : b.keySet();
        Set<String> large = small == a.keySet() ? b.keySet() : a.keySet();
        for (String k : small) {
            if (large.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> sharedKey(NamePart a, NamePart b) {
        for (Map.Entry<String, String> ea : a.keys().entrySet()) {
            for (Map.Entry<String, String> eb : b.keys().entrySet()) {
                if (ea.getValue().equals(eb.getValue())) {
                    String ra = a.romanisations().get(ea.getKey());
                    String rb = b.romanisations().get(eb.getKey());
                    return Optional.of(describe(a, ea.getKey(), ra) + " ~ " + describe(b, eb.getKey(), rb));
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(NamePart p, String system, String latin) {
        return Romaniser.AS_WRITTEN.equals(system) ? "'" + latin + "'" : "'" + latin + "' (" + system + ")";
    }

    private static Pair typo(int i, NamePart a, int j, NamePart b) {
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
                int d = editDistance(x, y, allowed);
                if (d > allowed && allowed < 2 && vowelsOnly(x, y)) {
                    limit = 2;
                    d = editDistance(x, y, limit);
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
            int d = allowed == 0 ? Integer.MAX_VALUE : editDistance(ta, tb, allowed);
            if (d <= allowed) {
                best = d;
                len = Math.max(ta.length(), tb.length());
                ka = ta;
                kb = tb;
            }
        }
        if (best == Integer.MAX_VALUE) {
            return new Pair(i, j, 0, PartMatch.Kind.MISSING_IN_CANDIDATE, "");
        }
        double sim = Math.max(PAIR_FLOOR, 0.95 - 0.6 * best / (double) len);
        int edits = best;
        String x = ka;
        String y = kb;
        String what = edits > allowedEdits(Math.min(x.length(), y.length())) ? " vowels differ, nothing else"
                : edits == 1 ? " letter differs" : " letters differ";
        return new Pair(i, j, sim, PartMatch.Kind.TYPO, () -> edits + what + " (keys " + x + " / " + y + ")");
    }

    /**
     * Two words of five letters or more, of one length, that differ only in vowels written for vowels: vowels are
     * what spellings and languages change most (akanye makes Morozov Marazau, Kolesov Kalesau), so such words get
     * two edits where their length alone would allow one. A dropped or added vowel (Morozov, Mirzoev) is not this.
     */
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

    /** Optimal-string-alignment distance (Levenshtein with adjacent transpositions), given up past {@code max}. */
    static int editDistance(String s, String t, int max) {
        int n = s.length();
        int m = t.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
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
        return prev[m];
    }

    static List<Evidence> evidence(MatchSubject q, MatchSubject c) {
        List<Evidence> out = new ArrayList<>();
        if (q.birthDate().isPresent() && c.birthDate().isPresent()) {
            out.add(birthDate(q.birthDate().get(), c.birthDate().get()));
        }
        if (q.gender().isPresent() && c.gender().isPresent()) {
            boolean same = q.gender().get() == c.gender().get();
            out.add(new Evidence(Evidence.Kind.GENDER, same ? 0.02 : -0.15,
                    (same ? "same gender: " : "different gender: ") + lower(q.gender().get()) + " / " + lower(c.gender().get())));
        }
        if (!q.nationalities().isEmpty() && !c.nationalities().isEmpty()) {
            Set<Country> common = new HashSet<>(q.nationalities());
            common.retainAll(c.nationalities());
            out.add(common.isEmpty()
                    ? new Evidence(Evidence.Kind.NATIONALITY, -0.05, "no nationality in common: " + q.nationalities() + " / " + c.nationalities())
                    : new Evidence(Evidence.Kind.NATIONALITY, 0.03, "nationality in common: " + common));
        }
        return out;
    }

    private static Evidence birthDate(BirthDate a, BirthDate b) {
        int years = Math.abs(a.year() - b.year());
        String both = a + " / " + b;
        if (years >= 2) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, -0.25, "born " + years + " years apart: " + both);
        }
        if (years == 1) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, -0.10, "born a year apart: " + both);
        }
        if (a.month().isPresent() && b.month().isPresent() && !a.month().equals(b.month())
                || a.day().isPresent() && b.day().isPresent() && !a.day().equals(b.day())) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, -0.08, "same year, another day: " + both);
        }
        if (a.isFull() && b.isFull()) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, 0.06, "same date of birth: " + a);
        }
        return new Evidence(Evidence.Kind.BIRTH_DATE, 0.03, "same year of birth, as far as both are known: " + both);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static double clamp(double d) {
        return Math.max(0, Math.min(1, d));
    }
}
