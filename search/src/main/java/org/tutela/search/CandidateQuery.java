package org.tutela.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tutela.core.names.AnalysedName;
import org.tutela.core.names.NameEquivalents;
import org.tutela.core.names.NameMatcher;
import org.tutela.core.names.NamePart;
import org.tutela.core.names.SoundKey;
import org.tutela.core.names.SurnameForms;

/**
 * What a {@link NameIndex} is asked for the names of one query, whatever the backend: per name part, documents with
 * one of its keys, a key a typo or two away from one of its near-miss keys, or one of its equivalence groups. A
 * candidate's rank is the sum of the weights of the parts it matched (each part counts once, however many of its
 * keys matched), so that more matched parts rank higher; ties keep the backend's order.
 *
 * @param parts empty when no part can be retrieved by (a query of initials only): then nothing is a candidate
 */
public record CandidateQuery(List<Part> parts) {
    private static final int MAX_GROUPS_PER_PART = 16;
    /** Near-miss keys per part: each is a term expansion in the index, the dearest part of a query. */
    private static final int MAX_FUZZY_PER_PART = 3;
    /** The most terms a near-miss key expands to (Lucene's and OpenSearch's {@code max_expansions}). */
    public static final int FUZZY_EXPANSIONS = 50;
    /** Near-miss terms share their first letter with the key ({@code prefix_length}). */
    public static final int FUZZY_PREFIX = 1;

    /**
     * One part of a query name.
     *
     * @param keys   its romanisation keys and surname stems
     * @param fuzzy  keys to look for near misses of
     * @param groups its equivalence groups
     * @param sounds its consonant keys ({@link SoundKey#retrievalKeys}), which find its spellings in an abjad; a
     *               candidate found only by them ranks as having matched {@link #SOUND_WEIGHT} of the part
     * @param weight what matching it adds to a candidate's rank (as much as the part weighs in the matcher's score: a patronymic half, a particle a fifth)
     */
    public record Part(List<String> keys, List<Fuzzy> fuzzy, List<String> groups, List<String> sounds, float weight) {
        public Part {
            keys = List.copyOf(keys);
            fuzzy = List.copyOf(fuzzy);
            groups = List.copyOf(groups);
            sounds = List.copyOf(sounds);
        }
    }

    /**
     * What a part found only by its consonants adds to a candidate's rank, as a share of the part's weight: less than
     * a spelling, which says the vowels too, so that namesakes by consonants alone do not crowd out the candidates
     * found by spelling.
     */
    public static final float SOUND_WEIGHT = 0.5f;

    /** A key and the edits (1 or 2; transpositions count as one) allowed to reach other keys from it. */
    public record Fuzzy(String key, int edits) {
    }

    public CandidateQuery {
        parts = List.copyOf(parts);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The parts of these analysed names, each distinct part once, initials left out. */
    public static CandidateQuery of(List<AnalysedName> names) {
        List<Part> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AnalysedName n : names) {
            for (int i = 0; i < n.parts().size(); i++) {
                NamePart p = n.parts().get(i);
                if (p.isInitial() || !seen.add(p.text())) {
                    continue;
                }
                Set<String> keys = new LinkedHashSet<>(p.keySet());
                if (keys.isEmpty()) {
                    continue;
                }
                p.keySet().forEach(k -> SurnameForms.indexStem(k).ifPresent(keys::add));
                List<Fuzzy> fuzzy = new ArrayList<>();
                Set<String> fuzzyOn = new LinkedHashSet<>();
                for (String k : keys) {
                    int edits = k.length() >= 9 ? 2 : k.length() >= 4 ? 1 : 0;
                    if (edits > 0 && fuzzyOn.size() < MAX_FUZZY_PER_PART && fuzzyOn.add(k)) {
                        fuzzy.add(new Fuzzy(k, edits));
                    }
                }
                List<String> groups = p.groups().stream().map(NameEquivalents.Membership::group).distinct()
                        .limit(MAX_GROUPS_PER_PART).map(g -> Integer.toString(g)).toList();
                float weight = (float) NameMatcher.partWeight(n.parts(), i);
                parts.add(new Part(List.copyOf(keys), fuzzy, groups, List.copyOf(SoundKey.retrievalKeys(p)), weight));
            }
        }
        return new CandidateQuery(parts);
    }
}
