package org.tutela.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the parts without counterpart cost. A part one name has and the other lacks is an omission
 * (records carry more given names than a request names, and the other way round): it costs little. Parts
 * left over on both sides are two different names in one place: a contradiction, which costs the
 * query's part in full. Patronymics, initials, particles and repeated words have their own, smaller costs.
 */
final class Leftovers {
    /** What a query part without counterpart costs, as a share of its weight. */
    static final double MISSING_COST = 1.0;
    /** What a candidate part the query does not mention costs: a query may name less than a record. */
    static final double NOT_IN_QUERY_COST = 0.30;
    static final double PATRONYMIC_COST = 0.05;
    private final List<NamePart> qs;
    private final List<NamePart> cs;
    private final boolean[] qUsed;
    private final boolean[] cUsed;
    private final List<Integer> q = new ArrayList<>();
    private final List<Integer> c = new ArrayList<>();
    private final boolean queryHasPatronymic;
    private final boolean candidateHasPatronymic;
    /** Whether a link of the name's nasab (a father's or forefather's name after bin, ibn) is left over. */
    private final boolean qNasabLeft;
    private final boolean cNasabLeft;
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
        qNasabLeft = q.stream().anyMatch(i -> nasabLink(qs, i));
        cNasabLeft = c.stream().anyMatch(j -> nasabLink(cs, j));
    }

    private static boolean substantive(List<NamePart> name, boolean[] used, int i) {
        NamePart p = name.get(i);
        return p.role() != NamePart.Role.PATRONYMIC && !p.isInitial() && !repeated(name, used, i) && !nasabLink(name, i);
    }

    /**
     * A link of an Arabic nasab: the name after "son of" or "daughter of" (Usama bin Muhammad ibn Awad ibn Ladin). Like a
     * patronymic, a record may write the chain of fathers' names out and a request leave it out; a word that begins
     * the name is not one (Ben is a given name).
     */
    static boolean nasabLink(List<NamePart> name, int i) {
        return i >= 2 && ArabicNameElements.SON_OR_DAUGHTER_OF.contains(name.get(i - 1).text());
    }

    /** The "son of" before a nasab link left over, itself left over. */
    private static boolean nasabParticle(List<NamePart> name, boolean[] used, int i) {
        return i >= 1 && i + 1 < name.size() && !used[i + 1] && nasabLink(name, i + 1);
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
            } else if (nasabLink(qs, i) || nasabParticle(qs, qUsed, i)) {
                // a chain of fathers' names the candidate leaves out costs as a missing patronymic; one where the
                // candidate names other fathers is a different person (brothers share theirs, cousins do not)
                total += w * (cNasabLeft ? MISSING_COST : PATRONYMIC_COST);
                parts.add(new PartMatch(Optional.of(a.text()), Optional.empty(), a.role(),
                        cNasabLeft ? PartMatch.Kind.PATRONYMIC_DIFFERENT : PartMatch.Kind.PATRONYMIC_MISSING, 0,
                        cNasabLeft ? "the candidate's chain of fathers' names (nasab) is another one"
                                : "a father's or forefather's name (nasab) the candidate's name leaves out"));
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
            } else if (nasabLink(cs, j) || nasabParticle(cs, cUsed, j)) {
                total += w * (qNasabLeft ? NOT_IN_QUERY_COST : PATRONYMIC_COST);
                parts.add(new PartMatch(Optional.empty(), Optional.of(b.text()), b.role(),
                        qNasabLeft ? PartMatch.Kind.PATRONYMIC_DIFFERENT : PartMatch.Kind.PATRONYMIC_MISSING, 0,
                        qNasabLeft ? "the query's chain of fathers' names (nasab) is another one"
                                : "a father's or forefather's name (nasab) the query leaves out"));
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

    /** What a part weighs in the score: a patronymic or an initial half, a particle a fifth. */
    static double weight(List<NamePart> parts, int from, int to) {
        double w = 0;
        for (int k = from; k <= to; k++) {
            w += weight(parts, k);
        }
        return w;
    }

    /** A particle joins name parts, so it never stands first: a first "Ben" is a given name, not "son of". */
    static double weight(List<NamePart> parts, int k) {
        NamePart p = parts.get(k);
        if (p.role() == NamePart.Role.PATRONYMIC) {
            return 0.5;
        }
        if (k > 0 && NameAnalyser.PARTICLES.contains(p.text())) {
            return 0.2;
        }
        return p.isInitial() ? 0.5 : 1.0;
    }
}
