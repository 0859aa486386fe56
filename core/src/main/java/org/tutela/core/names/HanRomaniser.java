package org.tutela.core.names;

import java.util.Map;

/**
 * Wade-Giles spellings of Hanyu Pinyin syllables, for Chinese names written before Pinyin or in Taiwan and Hong
 * Kong records (Hsi Chin-p'ing for Xi Jinping, Mao Tse-tung for Mao Zedong). Pinyin comes from ICU4J's
 * Han-Latin/Names transform; ICU has no Wade-Giles, so the conversion is written here, by the published
 * correspondence of initials and finals. Aspiration apostrophes are written; keys drop them.
 */
final class HanRomaniser {
    private static final Map<String, String> WHOLE = Map.ofEntries(
            Map.entry("zi", "tzu"), Map.entry("ci", "tz'u"), Map.entry("si", "ssu"), Map.entry("zhi", "chih"),
            Map.entry("chi", "ch'ih"), Map.entry("shi", "shih"), Map.entry("ri", "jih"), Map.entry("you", "yu"),
            Map.entry("yan", "yen"), Map.entry("ye", "yeh"), Map.entry("yi", "i"), Map.entry("yong", "yung"),
            Map.entry("er", "erh"), Map.entry("e", "o"), Map.entry("ge", "ko"), Map.entry("ke", "k'o"), Map.entry("he", "ho"),
            Map.entry("luo", "lo"), Map.entry("duo", "to"), Map.entry("tuo", "t'o"), Map.entry("nuo", "no"),
            Map.entry("zuo", "tso"), Map.entry("cuo", "ts'o"), Map.entry("suo", "so"), Map.entry("yu", "yü"),
            Map.entry("yue", "yüeh"), Map.entry("yuan", "yüan"), Map.entry("yun", "yün"));
    /** Initials, longest first. */
    private static final String[][] INITIALS = {{"zh", "ch"}, {"ch", "ch'"}, {"sh", "sh"}, {"b", "p"}, {"p", "p'"}, {"m", "m"},
            {"f", "f"}, {"d", "t"}, {"t", "t'"}, {"n", "n"}, {"l", "l"}, {"g", "k"}, {"k", "k'"}, {"h", "h"}, {"j", "ch"},
            {"q", "ch'"}, {"x", "hs"}, {"r", "j"}, {"z", "ts"}, {"c", "ts'"}, {"s", "s"}, {"w", "w"}, {"y", "y"}};

    private HanRomaniser() {
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The Wade-Giles spelling of one toneless Pinyin syllable (lower case, ü as ü or v). */
    static String wadeGiles(String pinyin) {
        String p = pinyin.replace('v', 'ü');
        String whole = WHOLE.get(p);
        if (whole != null) {
            return whole;
        }
        String initial = "";
        String out = "";
        for (String[] i : INITIALS) {
            if (p.startsWith(i[0]) && p.length() > i[0].length()) {
                initial = i[0];
                out = i[1];
                break;
            }
        }
        String fin = p.substring(initial.length());
        boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x");
        if (palatal && fin.startsWith("u")) {
            fin = "ü" + fin.substring(1); // ju, qu, xu are jü, qü, xü
        }
        fin = switch (fin) {
            case "ong" -> "ung";
            case "iong" -> "iung";
            case "ian" -> "ien";
            case "ie" -> "ieh";
            case "üe" -> "üeh";
            case "ui" -> "uei";
            case "e" -> initial.isEmpty() ? "o" : "e";
            case "uo" -> initial.equals("g") || initial.equals("k") || initial.equals("h") || initial.equals("zh")
                    || initial.equals("ch") || initial.equals("sh") || initial.equals("r") ? "uo" : "o";
            default -> fin;
        };
        return out + fin;
    }
}
