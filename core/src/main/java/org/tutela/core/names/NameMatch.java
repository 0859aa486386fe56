package org.tutela.core.names;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of comparing two persons by name: the score, the name pair it came from, how each part
 * aligned and what the other facts added or took away.
 *
 * @param score         in [0,1], the name score with the evidence applied
 * @param nameScore     in [0,1], from the names alone
 * @param queryName     the query's name that matched best
 * @param candidateName the candidate's name it matched
 * @param orderSwapped  true when the parts line up in another order (surname first in one, last in the other)
 * @param parts         the alignment, part by part
 * @param evidence      birth date, gender, nationality, when both sides have them
 */
public record NameMatch(double score, double nameScore, String queryName, String candidateName, boolean orderSwapped,
                        List<PartMatch> parts, List<Evidence> evidence) {
    public NameMatch {
        parts = List.copyOf(parts);
        evidence = List.copyOf(evidence);
    }

    /** True when the score reaches {@link NameMatcher#DEFAULT_THRESHOLD}. */
    public boolean isMatch() {
        return score >= NameMatcher.DEFAULT_THRESHOLD;
    }

    /** The explanation in words, one line per finding. */
    public String explain() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "score %.2f (names %.2f): '%s' ~ '%s'%n", score, nameScore, queryName, candidateName));
        if (orderSwapped) {
            b.append("  ORDER_SWAPPED: the parts are written in another order\n");
        }
        for (PartMatch p : parts) {
            b.append(String.format(Locale.ROOT, "  %s %s: %s ~ %s (%.2f) %s%n", p.kind(), p.role().name().toLowerCase(Locale.ROOT),
                    p.query().orElse("-"), p.candidate().orElse("-"), p.similarity(), p.detail()));
        }
        for (Evidence e : evidence) {
            b.append(String.format(Locale.ROOT, "  %s %+.2f %s%n", e.kind(), e.effect(), e.detail()));
        }
        return b.toString();
    }
}
