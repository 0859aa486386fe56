package org.tutela.core.names;

import java.util.Map;
import java.util.Set;

/**
 * One part of a name (a word: a given name, a patronymic, a surname or a piece of a hyphenated
 * one), normalised, with every spelling and key the matcher and the index use.
 *
 * @param text          the part after normalisation (lower case, look-alike letters folded)
 * @param role          what the part is in the name, as far as the parser can tell
 * @param script        its writing system
 * @param romanisations Latin spellings by the system that produced them
 * @param keys          {@link Skeleton} keys by system
 * @param cyrillic      a Cyrillic spelling when the part is Latin (empty otherwise)
 * @param groups        the equivalence groups (given-name forms, diminutives) the part belongs to
 * @param keySet        the distinct keys, whatever system produced them
 */
public record NamePart(String text, Role role, Script script, Map<String, String> romanisations,
                       Map<String, String> keys, String cyrillic, Set<NameEquivalents.Membership> groups, Set<String> keySet) {

    public enum Role { GIVEN, PATRONYMIC, SURNAME, UNKNOWN }

    public NamePart {
        romanisations = Map.copyOf(romanisations);
        keys = Map.copyOf(keys);
        groups = Set.copyOf(groups);
        keySet = Set.copyOf(keys.values());
    }

    public NamePart(String text, Role role, Script script, Map<String, String> romanisations, Map<String, String> keys,
                    String cyrillic, Set<NameEquivalents.Membership> groups) {
        this(text, role, script, romanisations, keys, cyrillic, groups, Set.of());
    }

    public boolean isInitial() {
        return text.codePointCount(0, text.length()) == 1;
    }

    NamePart withRole(Role r) {
        return new NamePart(text, r, script, romanisations, keys, cyrillic, groups, keySet);
    }
}
