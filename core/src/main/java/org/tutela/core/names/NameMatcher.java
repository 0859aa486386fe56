package org.tutela.core.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Scores how likely two names (or two persons) are one, by aligning their parts: each query part is
 * paired with at most one candidate part, best pairs first, whatever the order they are written in.
 * What two parts have in common is for the {@link PartComparators} to say, one comparator per kind of
 * correspondence; what parts left alone cost is for {@link Leftovers}; what birth date, gender and
 * nationality add is for {@link PersonEvidence}. Every pairing and every missing part is named in the result.
 */
public final class NameMatcher {
    /** At or above this a result is reported as a likely match; below it, as a weaker lead. */
    public static final double DEFAULT_THRESHOLD = 0.80;

    static final double ORDER_SWAP_COST = 0.01;

    private final NameAnalyser analyser;
    private final PartComparators comparators;
    /** Asked only of the parts no single part matched: the ways names get mangled in lists and requests. */
    private final PartComparator scrambled = new ScrambledComparator();
    private final JoinedParts joined;

    public NameMatcher(NameAnalyser analyser) {
        this.analyser = analyser;
        this.comparators = PartComparators.standard(analyser.equivalents(), analyser::part);
        this.joined = new JoinedParts(comparators, analyser::part);
    }

    public static NameMatcher standard() {
        return new NameMatcher(NameAnalyser.standard());
    }

    public NameAnalyser analyser() {
        return analyser;
    }

    /**
     * Compares two names; a field that holds several names ("A B / C D", a surname at birth beside the current one)
     * is compared by its best one. @throws NameInputException when either is not a usable name
     */
    public NameMatch compare(String queryName, String candidateName) {
        List<AnalysedName> cs = analyser.analyseAll(candidateName);
        NameMatch best = null;
        for (AnalysedName q : analyser.analyseAll(queryName)) {
            for (AnalysedName c : cs) {
                NameMatch m = compare(q, c);
                if (best == null || m.nameScore() > best.nameScore()) {
                    best = m;
                }
            }
        }
        return best;
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
        List<Evidence> evidence = PersonEvidence.of(query, candidate);
        double score = best.nameScore() + evidence.stream().mapToDouble(Evidence::effect).sum();
        return new NameMatch(clamp(score), best.nameScore(), best.queryName(), best.candidateName(), best.orderSwapped(),
                best.parts(), evidence);
    }

    /** A possible pairing of query parts {@code q..qEnd} with candidate parts {@code c..cEnd} (one each, unless a name joins or splits words). */
    private record Pair(int q, int qEnd, int c, int cEnd, Correspondence found) {
        Pair(int q, int c, Correspondence found) {
            this(q, q, c, c, found);
        }

        double sim() {
            return found.similarity();
        }
    }

    public NameMatch compare(AnalysedName query, AnalysedName candidate) {
        List<NamePart> qs = query.parts();
        List<NamePart> cs = candidate.parts();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            for (int j = 0; j < cs.size(); j++) {
                Correspondence found = comparators.compare(qs.get(i), cs.get(j));
                if (found.pairs()) {
                    pairs.add(new Pair(i, j, found));
                }
            }
        }
        // best pairs first; among equals, the one keeping the written order, so "A B" ~ "A B" is not a swap
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(p -> Math.abs(p.q - p.c)));
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
            double w = (Leftovers.weight(qs, p.q, p.qEnd) + Leftovers.weight(cs, p.c, p.cEnd)) / 2;
            gained += w * p.sim();
            total += w;
            parts.add(new PartMatch(Optional.of(text(qs, p.q, p.qEnd)), Optional.of(text(cs, p.c, p.cEnd)),
                    role(qs.get(p.q), cs.get(p.c)), p.found.kind(), p.sim(), p.found.detail().get()));
        }
        total += new Leftovers(qs, qUsed, cs, cUsed).cost(parts);
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
                Arrays.fill(qUsed, p.q, p.qEnd + 1, true);
                Arrays.fill(cUsed, p.c, p.cEnd + 1, true);
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
     * The parts no single part matched, tried again the ways names get mangled: letters scrambled (nituP), words
     * run together or split (SergeiLavrov, Patr ushev), initials for several parts (JC Juncker).
     */
    private List<Pair> leftoverPairs(List<NamePart> qs, boolean[] qUsed, List<NamePart> cs, boolean[] cUsed) {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            for (int j = 0; j < cs.size(); j++) {
                if (!qUsed[i] && !cUsed[j]) {
                    int q = i;
                    int c = j;
                    scrambled.compare(qs.get(i), cs.get(j)).ifPresent(found -> out.add(new Pair(q, c, found)));
                }
            }
        }
        for (int run = 2; run <= JoinedParts.MAX_JOINED; run++) {
            for (int i = 0; i + run <= qs.size(); i++) {
                if (free(qUsed, i, i + run - 1)) {
                    for (int j = 0; j < cs.size(); j++) {
                        if (!cUsed[j]) {
                            int q = i;
                            int qEnd = i + run - 1;
                            int c = j;
                            joined.compare(qs, q, qEnd, cs.get(j)).ifPresent(found -> out.add(new Pair(q, qEnd, c, c, found)));
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
                            joined.compare(cs, c, cEnd, qs.get(i)).ifPresent(found -> out.add(new Pair(q, q, c, cEnd, found)));
                        }
                    }
                }
            }
        }
        out.sort(Comparator.comparingDouble((Pair p) -> -p.sim()));
        return out;
    }

    /**
     * What part {@code k} of a name weighs in a score: a patronymic or an initial half, a particle a fifth. Retrieval
     * ranks candidates by the same weights, so that a candidate sharing only a particle ("al", "bin") with the query
     * ranks below one sharing a name.
     */
    public static double partWeight(List<NamePart> parts, int k) {
        return Leftovers.weight(parts, k);
    }

    static String text(List<NamePart> parts, int from, int to) {
        if (from == to) {
            return parts.get(from).text();
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            b.append(k > from ? " " : "").append(parts.get(k).text());
        }
        return b.toString();
    }

    private static NamePart.Role role(NamePart a, NamePart b) {
        return a.role() == NamePart.Role.UNKNOWN ? b.role() : a.role();
    }

    static double clamp(double d) {
        return Math.max(0, Math.min(1, d));
    }
}
