package org.tutela.core.names;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What tells a patronymic, in one list: the endings of East Slavic patronymics in Cyrillic and in their Latin
 * spellings, and the Turkic patronymic words (uly, kyzy, ogly, qizi). The analyser reads roles from it; the
 * matcher finds the father's given name in it. Some endings are too short to tell a patronymic from a surname
 * on their own (-ич, -ich: Шуфрич, Heinrich) yet still give the father's name when one is known to be a
 * patronymic; each ending says which it does.
 */
final class Patronymics {
    /**
     * @param text   the ending
     * @param marks  whether a word of six letters or more ending so is taken for a patronymic
     * @param father whether stripping it leaves the father's given name (Turkic words follow the name instead)
     */
    private record Ending(String text, boolean marks, boolean father) {
    }

    /** Turkic patronymic words: a word of their own after the father's name (Nazarbayev Nursultan Abishuly). */
    static final Set<String> TURKIC_WORDS = Set.of("uly", "ulı", "ұлы", "улы", "kyzy", "qyzy", "қызы", "кызы", "ogly", "oglu", "оглы",
            "qizi", "кизи");

    /** In the order the father's name is looked for: the first ending that fits is stripped. */
    private static final List<Ending> ENDINGS = List.of(
            both("ьевич"), both("ьевна"), father("ьович"), both("ївна"), father("іївна"), both("ійович"), both("йович"),
            both("евич"), both("евна"), both("ович"), both("овна"), both("івна"), both("авіч"), both("аўна"), both("овіч"),
            father("ич"), both("ична"),
            father("ievich"), father("yevich"), father("iyovych"), father("iyovich"), both("ovych"), both("evych"),
            both("ovich"), both("evich"), both("avich"), both("ovitch"), both("evitch"), father("ievna"), father("yevna"),
            both("ovna"), both("evna"), both("ivna"), both("avna"), father("ich"),
            onlyMarks("yivna"), onlyMarks("ichna"),
            onlyMarks("ulı"), onlyMarks("uly"), onlyMarks("ұлы"), onlyMarks("улы"), onlyMarks("qyzy"), onlyMarks("kyzy"), onlyMarks("қызы"), onlyMarks("кызы"),
            onlyMarks("oglu"), onlyMarks("ogly"), onlyMarks("оглы"), onlyMarks("кизи"), onlyMarks("qizi"));

    private Patronymics() {
    }

    private static Ending both(String e) {
        return new Ending(e, true, true);
    }

    private static Ending father(String e) {
        return new Ending(e, false, true);
    }

    private static Ending onlyMarks(String e) {
        return new Ending(e, true, false);
    }

    /** Whether a normalised word is a patronymic by its form alone. */
    static boolean marks(String word) {
        if (TURKIC_WORDS.contains(word)) {
            return true;
        }
        if (word.length() < 6) {
            return false;
        }
        for (Ending e : ENDINGS) {
            if (e.marks && word.endsWith(e.text)) {
                return true;
            }
        }
        return false;
    }

    /** What is left of a patronymic without its ending (the father's name, less its own ending), if an ending fits. */
    static Optional<String> fathersStem(String patronymic) {
        for (Ending e : ENDINGS) {
            if (e.father && patronymic.endsWith(e.text) && patronymic.length() > e.text.length() + 2) {
                return Optional.of(patronymic.substring(0, patronymic.length() - e.text.length()));
            }
        }
        return Optional.empty();
    }
}
