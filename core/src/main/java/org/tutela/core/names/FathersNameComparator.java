package org.tutela.core.names;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Two patronymics formed from forms of one given name (Aliaksandravich, Aleksandrovich, Олександрович): the
 * fathers' names are compared through the equivalence files.
 */
final class FathersNameComparator implements PartComparator {
    /** Endings a given name loses when a patronymic is formed from it (Андрей → Андреевич, Ілля → Іллівна). */
    private static final String[] GIVEN_NAME_ENDINGS = {"", "й", "ий", "y", "iy", "i", "a", "а"};

    private final NameEquivalents equivalents;
    private final Function<String, NamePart> analyse;

    /** @param analyse the analysis of one word, for the father's name found in a patronymic */
    FathersNameComparator(NameEquivalents equivalents, Function<String, NamePart> analyse) {
        this.equivalents = equivalents;
        this.analyse = analyse;
    }

    @Override
    public Optional<Correspondence> compare(NamePart a, NamePart b) {
        if (a.role() != NamePart.Role.PATRONYMIC || b.role() != NamePart.Role.PATRONYMIC) {
            return Optional.empty();
        }
        Set<Integer> groupsB = fatherGroups(b);
        for (Integer g : fatherGroups(a)) {
            if (groupsB.contains(g)) {
                NameEquivalents.Group group = equivalents.group(g);
                return Optional.of(new Correspondence(EquivalentNameComparator.SIMILARITY, PartMatch.Kind.EQUIVALENT,
                        () -> "patronymics of one given name: '" + group.label() + "' (" + group.file() + ")"));
            }
        }
        return Optional.empty();
    }

    private Set<Integer> fatherGroups(NamePart p) {
        Set<Integer> out = new HashSet<>();
        Patronymics.fathersStem(p.text()).ifPresent(stem -> {
            for (String ending : GIVEN_NAME_ENDINGS) {
                for (NameEquivalents.Membership m : analyse.apply(stem + ending).groups()) {
                    if (!m.shortForm()) {
                        out.add(m.group());
                    }
                }
            }
        });
        return out;
    }
}
