package org.tutela.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic, Persian and Pashto names join elements that spellings write together or apart as they please: the
 * article (التكريتي, al-Tikriti), "servant of" (عبدالرحمن, Abd al-Rahman, Abdulrahman, Abderrahmane), the names of
 * God and of the faith (حبیب الله, Habibullah; شمس الدين, Shamsuddin, Shams al-Din), the Persian "born of" (آخوند زاده,
 * Akhundzada). Both scripts are split into the same elements, so that names align word for word whichever way
 * each was written. Applied to one normalised word at a time.
 */
final class ArabicNameElements {
    private static final Pattern LATIN_ALLAH = Pattern.compile("^([a-z]{3,}?)(ullah|ollah|allah|illah|ulla|alla)$");
    private static final Pattern LATIN_DIN = Pattern.compile("^([a-z]{3,}?)(uddin|uddeen|eddine|eddin|addin|oddin|aldin|eldin)$");
    private static final Pattern LATIN_ABD = Pattern.compile("^(abd(?:oul|ul|el|al|ol|ou|u|e|a|o)?)([a-z]{3,})$");
    private static final Pattern LATIN_ZADA = Pattern.compile("^([a-z]{3,}?)(zadeh|zadah|zada|zade)$");
    /** Central Asian surnames formed on Abdulla- (Abdullayev) are one word, not two elements. */
    private static final Pattern SLAVIC_ENDING = Pattern.compile(".*(ov|ev|ova|eva|iev|yev|ieva|yeva|in|ina)$");
    /** The article as spellings assimilate it to the next consonant (Zia-ur-Rahman, Nasr ud-Din), and el. */
    private static final Set<String> ARTICLE_FORMS = Set.of("ul", "ur", "ud", "us", "ut", "uz", "un", "ush", "ad", "ar", "as",
            "at", "az", "an", "ash", "el", "ed", "er", "es", "et", "ez", "en");
    static final String ARTICLE = "al";
    /** "Son of" and "daughter of" as Arabic script and Latin spellings write them: what links a nasab. */
    static final Set<String> SON_OR_DAUGHTER_OF = Set.of("bin", "ibn", "ben", "bint", "ould", "ebn", "بن", "ابن", "بنت", "ولد");

    private ArabicNameElements() {
    }

    /** The elements of one word, in order; the word itself when it has none. */
    static List<String> split(String word) {
        List<String> out = new ArrayList<>(3);
        if (!word.isEmpty() && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.ARABIC) {
            arabic(word, out);
        } else if (!word.isEmpty() && word.charAt(0) < 0x80) {
            latin(word, out);
        } else {
            out.add(word);
        }
        return out;
    }

    private static void arabic(String w, List<String> out) {
        if (w.length() > 3 && w.startsWith("عبد")) {
            out.add("عبد");
            arabic(w.substring(3), out);
        } else if (w.length() > 4 && w.endsWith("الله")) {
            arabic(w.substring(0, w.length() - 4), out);
            out.add("الله");
        } else if (w.length() > 5 && w.endsWith("الدين")) {
            arabic(w.substring(0, w.length() - 5), out);
            out.add(ARTICLE);
            out.add("دين");
        } else if (w.length() > 5 && w.endsWith("زاده")) {
            arabic(w.substring(0, w.length() - 4), out);
            out.add("زاده");
        } else if (w.length() >= 4 && w.startsWith("ال") && !w.equals("الله")) {
            out.add(ARTICLE);
            out.add(w.substring(2));
        } else {
            out.add(w);
        }
    }

    private static void latin(String w, List<String> out) {
        Matcher m;
        if ((m = LATIN_ALLAH.matcher(w)).matches()) {
            latin(m.group(1), out);
            out.add(m.group(2));
        } else if ((m = LATIN_DIN.matcher(w)).matches()) {
            latin(m.group(1), out);
            out.add("din");
        } else if ((m = LATIN_ZADA.matcher(w)).matches()) {
            latin(m.group(1), out);
            out.add(m.group(2));
        } else if ((m = LATIN_ABD.matcher(w)).matches() && !SLAVIC_ENDING.matcher(w).matches()) {
            out.add(m.group(1));
            String rest = m.group(2);
            // the article assimilated to the name's first consonant: Abdurrahman, Abderrazak
            if (rest.length() > 3 && rest.charAt(0) == rest.charAt(1) && "aeiouy".indexOf(rest.charAt(0)) < 0) {
                rest = rest.substring(1);
            }
            out.add(rest);
        } else {
            out.add(w);
        }
    }

    /** An assimilated form of the article standing between two words of a name (Zia ur Rahman) is the article. */
    static boolean articleForm(String word) {
        return ARTICLE_FORMS.contains(word);
    }
}
