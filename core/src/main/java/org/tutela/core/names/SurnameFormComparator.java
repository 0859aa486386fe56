package org.tutela.core.names;

import java.util.List;
import java.util.Optional;

/**
 * One surname in its feminine and masculine form (Ivanova / Ivanov), or with and without its Russian suffix
 * (Jardemaliyeva / Jardemali), by {@link SurnameForms}. Two given names are never compared this way (Karina is
 * not the feminine of Karin); a bare stem stands for a suffixed surname only when neither part is a given name.
 */
final class SurnameFormComparator implements PartComparator {
    /** The other gender's form of one surname: the same family name, not the same person's spelling. */
    static final double OTHER_GENDER = 0.90;
    /** A surname with and without its suffix: how Kazakh, Tajik and Uzbek spellings differ from Russian records. */
    static final double WITHOUT_SUFFIX = 0.88;

    @Override
    public Optional<Correspondence> compare(NamePart a, NamePart b) {
        boolean givenA = a.role() == NamePart.Role.GIVEN;
        boolean givenB = b.role() == NamePart.Role.GIVEN;
        if (givenA && givenB) {
            return Optional.empty();
        }
        if (!a.hasSurnameForm() && !b.hasSurnameForm()) {
            return Optional.empty();
        }
        List<String> ys = List.copyOf(b.keySet());
        List<Optional<SurnameForms.Form>> forms = b.keyForms();
        int i = 0;
        for (String x : a.keySet()) {
            Optional<SurnameForms.Form> fx = a.keyForms().get(i++);
            for (int k = 0; k < ys.size(); k++) {
                String y = ys.get(k);
                Optional<SurnameForms.Form> fy = forms.get(k);
                if (fx.isPresent() && fy.isPresent() && fx.get().stem().equals(fy.get().stem())
                        && fx.get().female() != fy.get().female()) {
                    return Optional.of(new Correspondence(OTHER_GENDER, PartMatch.Kind.SURNAME_FORM,
                            () -> "feminine and masculine form of one surname (keys " + x + " / " + y + ")"));
                }
                if (!givenA && !givenB && (bare(x, fy) || bare(y, fx))) {
                    return Optional.of(new Correspondence(WITHOUT_SUFFIX, PartMatch.Kind.SURNAME_FORM,
                            () -> "one surname with and without its suffix (keys " + x + " / " + y + ")"));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code x} is the bare stem of the suffixed key whose form is {@code fy}. */
    private static boolean bare(String x, Optional<SurnameForms.Form> fy) {
        return fy.isPresent() && x.length() >= SurnameForms.MIN_BARE_STEM && fy.get().stem().equals(x);
    }
}
