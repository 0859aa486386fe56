package org.tutela.benchmarks.kinds;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies a pair of spellings by the kinds of difference between them. These are deliberately simple, general
 * heuristics on letters and tokens (no list of names, nothing taken from the benchmark rows), so that the breakdown
 * means the same for every matcher:
 * <ul>
 *   <li><b>script</b> of a name: the script of the majority of its letters (a Latin {@code i} inside a Cyrillic
 *       word does not make the name Latin);</li>
 *   <li>{@link PairKind#CYRILLIC_LATIN}: one name Cyrillic, the other Latin;</li>
 *   <li>{@link PairKind#OTHER_CYRILLIC_LATIN}: as that, and the Cyrillic name has a letter of a Cyrillic alphabet
 *       other than Russian, Ukrainian and Belarusian (ђ ј љ њ ћ џ ѓ ќ ѕ ә ғ қ ң ө ұ ү һ ӣ ӯ ҳ ҷ);</li>
 *   <li>{@link PairKind#ARABIC_LATIN}, {@link PairKind#HAN_LATIN}, {@link PairKind#HANGUL_LATIN}: one name in the
 *       Arabic script (Arabic, Persian, Urdu, Uyghur letters), in Chinese characters or in Hangul, the other
 *       Latin;</li>
 *   <li>{@link PairKind#FEMININE_MASCULINE}: on the Latin key, a token of one name ends in a feminine surname
 *       ending (-ova, -eva, -ina, -skaya, -skaia, -ska) and a token of the other is the masculine form of the
 *       same stem (-ov, -ev, -in, -sky, -skiy, -skii, -ski), the stem at least three letters;</li>
 *   <li>{@link PairKind#UKRAINIAN_RUSSIAN}: both Cyrillic, and exactly one has a letter that Russian does not use
 *       (і ї є ґ ў, or a Latin i standing in for і inside a Cyrillic word);</li>
 *   <li>{@link PairKind#LATIN_VARIANT}: both Latin and their letters differ after case and accent folding
 *       and ignoring token order;</li>
 *   <li>{@link PairKind#ORDER_SWAP}: both have two or more name tokens (patronymics left out); on a common Latin key
 *       (ICU Any-Latin, ASCII, lower case) the first tokens do not match but the first of one matches the last of
 *       the other (Jaro-Winkler ≥ 0.85 per token), as in "SURNAME Given" against "Given Surname";</li>
 *   <li>{@link PairKind#PATRONYMIC}: one has a patronymic token and the other not; a patronymic is a token that is
 *       not the first of a name of three or more tokens and ends, on the Latin key, in an East Slavic patronymic
 *       suffix (-ovich, -evich, -ovych, -evych, -avich, -ovna, -evna, -ivna, -ichna, -yich; and -ovic/-evic/-avic
 *       when the source is Cyrillic, since Latin -ović is also a South Slavic surname), or is a Turkic patronymic
 *       word (ogly, oglu, uly, kyzy, qizi, gyzy).</li>
 * </ul>
 * Not thread-safe (the ICU transliterator keeps state): use one instance per thread.
 */
public final class PairKinds {

    private static final double TOKEN_MATCH = 0.85;
    private static final List<String> LATIN_PATRONYMIC_SUFFIXES = List.of(
            "ovich", "evich", "ovych", "evych", "avich", "ovitch", "evitch", "ovna", "evna", "ivna", "ichna", "yich");
    private static final List<String> CYRILLIC_ONLY_SUFFIXES = List.of("ovic", "evic", "avic");
    private static final Set<String> TURKIC_PATRONYMIC_WORDS = Set.of("ogly", "oglu", "uly", "kyzy", "qizi", "gyzy");

    private final Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();

    public enum Script { LATIN, CYRILLIC, ARABIC, HAN, HANGUL, OTHER }

    private static final String OTHER_CYRILLIC_LETTERS = "ђјљњћџѓќѕәғқңөұүһӣӯҳҷ";
    private static final String[][] GENDER_FORMS = {{"skaya", "sky"}, {"skaya", "skiy"}, {"skaya", "skii"}, {"skaia", "skii"},
            {"skaia", "skiy"}, {"ska", "ski"}, {"ova", "ov"}, {"eva", "ev"}, {"ina", "in"}};

    public Set<PairKind> classify(String a, String b) {
        EnumSet<PairKind> kinds = EnumSet.noneOf(PairKind.class);
        Script sa = script(a);
        Script sb = script(b);
        if ((sa == Script.CYRILLIC && sb == Script.LATIN) || (sa == Script.LATIN && sb == Script.CYRILLIC)) {
            kinds.add(PairKind.CYRILLIC_LATIN);
        }
        if (sa == Script.CYRILLIC && sb == Script.LATIN && otherCyrillic(a) || sa == Script.LATIN && sb == Script.CYRILLIC && otherCyrillic(b)) {
            kinds.add(PairKind.OTHER_CYRILLIC_LATIN);
        }
        for (Script s : new Script[]{Script.ARABIC, Script.HAN, Script.HANGUL}) {
            if (sa == s && sb == Script.LATIN || sa == Script.LATIN && sb == s) {
                kinds.add(s == Script.ARABIC ? PairKind.ARABIC_LATIN : s == Script.HAN ? PairKind.HAN_LATIN : PairKind.HANGUL_LATIN);
            }
        }
        if (sa == Script.CYRILLIC && sb == Script.CYRILLIC && ukrainianOrBelarusian(a) != ukrainianOrBelarusian(b)) {
            kinds.add(PairKind.UKRAINIAN_RUSSIAN);
        }
        if (sa == Script.LATIN && sb == Script.LATIN && !sortedFolded(a).equals(sortedFolded(b))) {
            kinds.add(PairKind.LATIN_VARIANT);
        }
        List<Token> ta = tokens(a, sa);
        List<Token> tb = tokens(b, sb);
        boolean pa = ta.stream().anyMatch(Token::patronymic);
        boolean pb = tb.stream().anyMatch(Token::patronymic);
        if (pa != pb) {
            kinds.add(PairKind.PATRONYMIC);
        }
        if (genderForms(ta, tb) || genderForms(tb, ta)) {
            kinds.add(PairKind.FEMININE_MASCULINE);
        }
        if (orderSwapped(ta, tb)) {
            kinds.add(PairKind.ORDER_SWAP);
        }
        if (kinds.isEmpty()) {
            kinds.add(PairKind.OTHER);
        }
        return kinds;
    }

    public static Script script(String name) {
        int latin = 0;
        int cyrillic = 0;
        int other = 0;
        int arabic = 0;
        int han = 0;
        int hangul = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> {
                    arabic++;
                    other++;
                }
                case HAN -> {
                    han++;
                    other++;
                }
                case HANGUL -> {
                    hangul++;
                    other++;
                }
                default -> other++;
            }
        }
        if (cyrillic > latin && cyrillic >= other) {
            return Script.CYRILLIC;
        }
        if (latin > 0 && latin >= cyrillic && latin >= other) {
            return Script.LATIN;
        }
        if (arabic > 0 && arabic * 2 > other) {
            return Script.ARABIC;
        }
        if (han > 0 && han * 2 > other) {
            return Script.HAN;
        }
        if (hangul > 0 && hangul * 2 > other) {
            return Script.HANGUL;
        }
        return Script.OTHER;
    }

    static boolean otherCyrillic(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (OTHER_CYRILLIC_LETTERS.indexOf(lower.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A token of {@code a} in a feminine form whose masculine form is a token of {@code b}. */
    private static boolean genderForms(List<Token> a, List<Token> b) {
        for (Token x : a) {
            for (String[] f : GENDER_FORMS) {
                if (x.key().endsWith(f[0]) && x.key().length() - f[0].length() >= 3) {
                    String masculine = x.key().substring(0, x.key().length() - f[0].length()) + f[1];
                    if (b.stream().anyMatch(y -> y.key().equals(masculine))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean ukrainianOrBelarusian(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'ў') {
                return true;
            }
            if (c == 'i' && (cyrillicAt(lower, i - 1) || cyrillicAt(lower, i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean cyrillicAt(String s, int i) {
        return i >= 0 && i < s.length() && Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC;
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String sortedFolded(String s) {
        String[] parts = fold(s).split(" ");
        Arrays.sort(parts);
        return String.join(" ", parts);
    }

    private record Token(String key, boolean patronymic) {
    }

    private List<Token> tokens(String name, Script script) {
        String latin = toLatin.transliterate(fold(name)).replaceAll("[^a-z0-9 ]+", "");
        String[] parts = latin.strip().split("\\s+");
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            boolean patronymic = parts.length >= 3 && i > 0 && isPatronymic(parts[i], script);
            out.add(new Token(parts[i], patronymic));
        }
        return out;
    }

    private static boolean isPatronymic(String token, Script script) {
        if (TURKIC_PATRONYMIC_WORDS.contains(token)) {
            return true;
        }
        if (token.length() < 6) {
            return false;
        }
        for (String s : LATIN_PATRONYMIC_SUFFIXES) {
            if (token.endsWith(s)) {
                return true;
            }
        }
        if (script == Script.CYRILLIC) {
            for (String s : CYRILLIC_ONLY_SUFFIXES) {
                if (token.endsWith(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean orderSwapped(List<Token> a, List<Token> b) {
        List<String> ka = a.stream().filter(t -> !t.patronymic()).map(Token::key).toList();
        List<String> kb = b.stream().filter(t -> !t.patronymic()).map(Token::key).toList();
        if (ka.size() < 2 || kb.size() < 2) {
            return false;
        }
        if (similar(ka.get(0), kb.get(0))) {
            return false;
        }
        return similar(ka.get(0), kb.get(kb.size() - 1)) || similar(ka.get(ka.size() - 1), kb.get(0));
    }

    private boolean similar(String x, String y) {
        return jaroWinkler.apply(x, y) >= TOKEN_MATCH;
    }
}
