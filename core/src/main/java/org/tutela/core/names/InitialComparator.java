package org.tutela.core.names;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An initial against a written-out part: it stands for it when a key or romanisation of the part begins with the
 * initial's letter (Ж for Zhanna, Ж for Jeanne). An initial corresponds to nothing else, not even another initial.
 */
final class InitialComparator implements PartComparator {
    static final double SIMILARITY = 0.70;

    @Override
    public Optional<Correspondence> compare(NamePart a, NamePart b) {
        if (!a.isInitial() && !b.isInitial()) {
            return Optional.empty();
        }
        if (a.isInitial() && b.isInitial()) {
            return Optional.of(Correspondence.NONE);
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
        return Optional.of(fits ? Correspondence.of(SIMILARITY, PartMatch.Kind.INITIAL,
                "'" + initial.text() + "' is the initial of '" + full.text() + "'") : Correspondence.NONE);
    }
}
