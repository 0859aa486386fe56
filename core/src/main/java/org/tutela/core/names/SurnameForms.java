package org.tutela.core.names;

import java.util.Optional;

/**
 * The forms one surname takes with the bearer's gender (Ivanov / Ivanova, Zhdanovskiy / Zhdanovskaya, Novák /
 * Nováková, Putin / Putina) and without the suffix that Russian records add and Central Asian spellings drop
 * (Jardemali / Jardemaliyeva, Rahmon / Rahmonov). Works on {@link Skeleton} keys, where -ev is already -ov, y is
 * i and double letters are single, so that one list serves every romanisation.
 */
public final class SurnameForms {
    /** A stem shorter than this is too often a given name or another word (Ivan / Ivanov). */
    static final int MIN_BARE_STEM = 5;
    /** Endings of a key and what they leave of the stem; longest first within a family. */
    private static final String[][] ENDINGS = {
            // -ская / -ska / -ská, -ский / -ski / -sky / -skii (the key folds y to i and ii to i)
            {"skaia", "sk", "f"}, {"ska", "sk", "f"}, {"ski", "sk", "m"},
            // -ова / -ева / -ová, -ов / -ев (an -ev key is already -ov)
            {"ova", "", "f"}, {"eva", "", "f"}, {"ov", "", "m"},
            // -ина, -ин
            {"ina", "", "f"}, {"in", "", "m"}};

    /**
     * @param stem   what is left (with -sk for the -sky family)
     * @param female whether the ending is the feminine one
     */
    public record Form(String stem, boolean female) {
    }

    private SurnameForms() {
    }

    /** The stem and gender of a key with a surname suffix, if it has one and at least three letters are left. */
    static Optional<Form> of(String key) {
        for (String[] e : ENDINGS) {
            String ending = e[0];
            if (key.endsWith(ending) && key.length() - ending.length() >= 3) {
                return Optional.of(new Form(key.substring(0, key.length() - ending.length()) + e[1], e[2].equals("f")));
            }
        }
        return Optional.empty();
    }

    /** The stem under which an index files a key with a surname suffix, so that the bare form finds it. */
    public static Optional<String> indexStem(String key) {
        return of(key).map(Form::stem).filter(s -> s.length() >= MIN_BARE_STEM);
    }
}
