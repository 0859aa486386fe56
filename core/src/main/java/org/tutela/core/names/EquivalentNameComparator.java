package org.tutela.core.names;

import java.util.Optional;

/**
 * Two parts of one equivalence group (curated files, {@link NameEquivalents}): forms of one given name in two
 * languages (Олександр / Александр, Giuseppe / Joseph), or a full form and a short one. The closest relation
 * wins, so this comparator (forms of one name) is asked before {@link DiminutiveComparator}.
 */
final class EquivalentNameComparator implements PartComparator {
    static final double SIMILARITY = 0.93;

    private final NameEquivalents equivalents;

    EquivalentNameComparator(NameEquivalents equivalents) {
        this.equivalents = equivalents;
    }

    @Override
    public Optional<Correspondence> compare(NamePart a, NamePart b) {
        if (a.groups().isEmpty() || b.groups().isEmpty()) {
            return Optional.empty();
        }
        for (NameEquivalents.Membership ma : a.groups()) {
            for (NameEquivalents.Membership mb : b.groups()) {
                if (ma.group() == mb.group() && !DiminutiveComparator.diminutive(ma, mb)) {
                    NameEquivalents.Group g = equivalents.group(ma.group());
                    return Optional.of(new Correspondence(SIMILARITY, PartMatch.Kind.EQUIVALENT,
                            () -> "'" + g.label() + "' (" + g.file() + ")"));
                }
            }
        }
        return Optional.empty();
    }
}
