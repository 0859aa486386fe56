package org.tutela.core.names;

import java.util.Optional;

/** A full form and its short or familiar form, by the curated files (Bota / Botagoz, Bill / William). */
final class DiminutiveComparator implements PartComparator {
    static final double SIMILARITY = 0.90;

    private final NameEquivalents equivalents;

    DiminutiveComparator(NameEquivalents equivalents) {
        this.equivalents = equivalents;
    }

    /** One of a diminutive group's full forms and one of its short forms. */
    static boolean diminutive(NameEquivalents.Membership a, NameEquivalents.Membership b) {
        return a.kind() == NameEquivalents.Kind.DIMINUTIVE && a.shortForm() != b.shortForm();
    }

    @Override
    public Optional<Correspondence> compare(NamePart a, NamePart b) {
        for (NameEquivalents.Membership ma : a.groups()) {
            for (NameEquivalents.Membership mb : b.groups()) {
                if (ma.group() == mb.group() && diminutive(ma, mb)) {
                    NameEquivalents.Group g = equivalents.group(ma.group());
                    return Optional.of(new Correspondence(SIMILARITY, PartMatch.Kind.DIMINUTIVE,
                            () -> "'" + g.label() + "' (" + g.file() + ")"));
                }
            }
        }
        return Optional.empty();
    }
}
