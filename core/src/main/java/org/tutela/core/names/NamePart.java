package org.tutela.core.names;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
 * @param keyForms      the surname form of each key of {@code keySet}, in its order ({@link SurnameForms#of})
 * @param initial       whether the part is one letter ({@link #isInitial()})
 *                      <p>{@code keySet}, {@code keyForms} and {@code initial} are derived from the others by the
 *                      constructor, whatever is passed: records have no other fields to cache them in
 */
public record NamePart(String text, Role role, Script script, Map<String, String> romanisations,
                       Map<String, String> keys, String cyrillic, Set<NameEquivalents.Membership> groups, Set<String> keySet,
                       List<Optional<SurnameForms.Form>> keyForms, boolean initial) {

    public enum Role { GIVEN, PATRONYMIC, SURNAME, UNKNOWN }

    /** Groups in one order, so that every run of the matcher picks the same one and explains it the same way. */
    private static final Comparator<NameEquivalents.Membership> GROUP_ORDER = Comparator
            .comparingInt(NameEquivalents.Membership::group)
            .thenComparing(NameEquivalents.Membership::shortForm)
            .thenComparing(NameEquivalents.Membership::kind);

    public NamePart {
        // ordered copies, not Map.copyOf / Set.copyOf: their iteration order changes from one JVM to the next,
        // and the first shared key or group found is the one an explanation names
        romanisations = Collections.unmodifiableMap(new LinkedHashMap<>(romanisations));
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        TreeSet<NameEquivalents.Membership> sorted = new TreeSet<>(GROUP_ORDER);
        sorted.addAll(groups);
        groups = Collections.unmodifiableSortedSet(sorted);
        keySet = Collections.unmodifiableSet(new LinkedHashSet<>(keys.values()));
        // derived once here, where a part is made and cached, rather than in every comparison of it (profiled)
        keyForms = keySet.stream().map(SurnameForms::of).toList();
        initial = initial(text);
    }

    /** A part with its derived components ({@code keySet}, {@code keyForms}, {@code initial}) worked out here. */
    public NamePart(String text, Role role, Script script, Map<String, String> romanisations, Map<String, String> keys,
                    String cyrillic, Set<NameEquivalents.Membership> groups) {
        this(text, role, script, romanisations, keys, cyrillic, groups, Set.of(), List.of(), false);
    }

    /** One letter; a Chinese character or a Hangul syllable is a whole syllable of a name (习, 김), not an initial. */
    public boolean isInitial() {
        return initial;
    }

    /** Whether any key has a surname suffix ({@link SurnameForms}). */
    boolean hasSurnameForm() {
        for (Optional<SurnameForms.Form> f : keyForms) {
            if (f.isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean initial(String text) {
        if (text.codePointCount(0, text.length()) != 1) {
            return false;
        }
        int cp = text.codePointAt(0);
        return !HanRomaniser.isHan(cp) && !HangulRomaniser.isSyllable(cp);
    }

    NamePart withRole(Role r) {
        return r == role ? this : new NamePart(text, r, script, romanisations, keys, cyrillic, groups, keySet, keyForms, initial);
    }
}
