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

    /** A possible pairing; the explanation is only written for the pairings chosen. */
    private record Pair(int q, int c, double sim, PartMatch.Kind kind, java.util.function.Supplier<String> detail) {
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
        for (Pair p : pairs) {
            if (!qUsed[p.q] && !cUsed[p.c]) {
                qUsed[p.q] = true;
                cUsed[p.c] = true;
                chosen.add(p);
            }
        }
        chosen.sort(Comparator.comparingInt(Pair::q));
        List<PartMatch> parts = new ArrayList<>();
        double gained = 0;
        double total = 0;
        for (Pair p : chosen) {
            NamePart a = qs.get(p.q);
            NamePart b = cs.get(p.c);
            double w = (weight(a) + weight(b)) / 2;
            gained += w * p.sim;
            total += w;
            parts.add(new PartMatch(Optional.of(a.text()), Optional.of(b.text()), role(a, b), p.kind, p.sim, p.detail.get()));
        }
        boolean candidateHasPatronymic = cs.stream().anyMatch(p -> p.role() == NamePart.Role.PATRONYMIC);
        boolean queryHasPatronymic = qs.stream().anyMatch(p -> p.role() == NamePart.Role.PATRONYMIC);
        for (int i = 0; i < qs.size(); i++) {
            if (!qUsed[i]) {
                NamePart a = qs.get(i);
                boolean patronymic = a.role() == NamePart.Role.PATRONYMIC;
                if (patronymic && candidateHasPatronymic) {
                    total += weight(a) * MISSING_COST;
                    parts.add(new PartMatch(Optional.of(a.text()), Optional.empty(), a.role(), PartMatch.Kind.PATRONYMIC_DIFFERENT, 0,
                            "the candidate's patronymic is another one"));
                    continue;
                }
                total += weight(a) * (patronymic ? PATRONYMIC_COST : MISSING_COST);
                parts.add(new PartMatch(Optional.of(a.text()), Optional.empty(), a.role(),
                        patronymic ? PartMatch.Kind.PATRONYMIC_MISSING : PartMatch.Kind.MISSING_IN_CANDIDATE, 0,
                        patronymic ? "the candidate's name has no patronymic to compare" : "no part of the candidate's name corresponds"));
            }
        }
        int extra = 0;
        for (int j = 0; j < cs.size(); j++) {
            if (!cUsed[j]) {
                NamePart b = cs.get(j);
                boolean patronymic = b.role() == NamePart.Role.PATRONYMIC;
                if (patronymic && queryHasPatronymic) {
                    total += weight(b) * NOT_IN_QUERY_COST;
                    parts.add(new PartMatch(Optional.empty(), Optional.of(b.text()), b.role(), PartMatch.Kind.PATRONYMIC_DIFFERENT, 0,
                            "the query's patronymic is another one"));
                    continue;
                }
                // records often carry more given names than a query names: the first extra part costs most
                double cost = patronymic || b.isInitial() ? PATRONYMIC_COST : extra++ == 0 ? NOT_IN_QUERY_COST : NOT_IN_QUERY_COST / 2;
                total += weight(b) * cost;
                parts.add(new PartMatch(Optional.empty(), Optional.of(b.text()), b.role(),
                        patronymic ? PartMatch.Kind.PATRONYMIC_MISSING : PartMatch.Kind.NOT_IN_QUERY, 0,
                        patronymic ? "the query has no patronymic to compare" : "the query does not mention this part"));
            }
        }
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

    private static NamePart.Role role(NamePart a, NamePart b) {
        return a.role() == NamePart.Role.UNKNOWN ? b.role() : a.role();
    }

    private static double weight(NamePart p) {
        if (p.role() == NamePart.Role.PATRONYMIC) {
            return 0.5;
        }
        if (NameAnalyser.PARTICLES.contains(p.text())) {
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
        for (NameEquivalents.Membership ma : a.groups()) {
            for (NameEquivalents.Membership mb : b.groups()) {
                if (ma.group() == mb.group()) {
                    NameEquivalents.Group g = analyser.equivalents().group(ma.group());
                    boolean diminutive = ma.kind() == NameEquivalents.Kind.DIMINUTIVE && ma.shortForm() != mb.shortForm();
                    return new Pair(i, j, diminutive ? DIMINUTIVE : EQUIVALENT,
                            diminutive ? PartMatch.Kind.DIMINUTIVE : PartMatch.Kind.EQUIVALENT,
                            () -> "'" + g.label() + "' (" + g.file() + ")");
                }
            }
        }
        if (a.role() == NamePart.Role.PATRONYMIC && b.role() == NamePart.Role.PATRONYMIC) {
            Pair byFather = fathersName(i, a, j, b);
            if (byFather != null) {
                return byFather;
            }
        }
        return typo(i, a, j, b);
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
                int d = editDistance(x, y, allowed);
                if (d <= allowed && (d < best || d == best && l > len)) {
                    best = d;
                    len = l;
                    ka = x;
                    kb = y;
                }
            }
        }
        if (best == Integer.MAX_VALUE) {
            return new Pair(i, j, 0, PartMatch.Kind.MISSING_IN_CANDIDATE, "");
        }
        double sim = Math.max(PAIR_FLOOR, 0.95 - 0.6 * best / (double) len);
        int edits = best;
        String x = ka;
        String y = kb;
        return new Pair(i, j, sim, PartMatch.Kind.TYPO, () -> edits + (edits == 1 ? " letter differs" : " letters differ")
                + " (keys " + x + " / " + y + ")");
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
