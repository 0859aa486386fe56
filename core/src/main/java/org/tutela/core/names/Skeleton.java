package org.tutela.core.names;

import com.ibm.icu.text.Transliterator;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A loose phonetic key of a name part written in Latin letters: the spellings that romanisation
 * systems and habits produce for one sound collapse to one form (dzh/j/zh, kh/h, ts/tz/c, y/i/ii,
 * ye/ie/e, doubled letters, a final -ie, Pinyin x/hs/sh before i). Two parts with a common key are taken to be one name
 * written two ways. The key is not for display; markers for collapsed sounds are upper case.
 */
public final class Skeleton {
    /** Scholarly diacritics first, so that č is "ch" and not the "c" Latin-ASCII would make of it. */
    private static final Map<Character, String> DIACRITICS = Map.ofEntries(
            Map.entry('č', "ch"), Map.entry('š', "sh"), Map.entry('ž', "zh"), Map.entry('ŝ', "shch"),
            Map.entry('û', "yu"), Map.entry('â', "ya"), Map.entry('ê', "ye"), Map.entry('ë', "yo"),
            Map.entry('è', "e"), Map.entry('ì', "i"), Map.entry('ï', "yi"), Map.entry('ŭ', "u"),
            Map.entry('ß', "ss"), Map.entry('ø', "o"), Map.entry('æ', "ae"), Map.entry('ı', "i"));
    private static final ThreadLocal<Transliterator> ASCII = ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

    private record Rule(Pattern pattern, String replacement) {
        static Rule of(String regex, String replacement) {
            return new Rule(Pattern.compile(regex), replacement);
        }
    }

    private static final List<Rule> RULES = List.of(
            Rule.of("(?<=...)ie$", "i"),
            // Pinyin x and Wade-Giles hs are one sound, which English writes sh or s (Xi, Hsi, Shi)
            Rule.of("^hs|^x(?=i)", "S"),
            Rule.of("shch|sch|sh", "S"),
            Rule.of("tsch|tch|ch", "C"),
            Rule.of("dzh|dj|zh|^j|j(?=[aeiouy])", "J"),
            Rule.of("j", "i"),
            Rule.of("kh|h", "H"),
            Rule.of("ts|tz|cz|c(?=[eiy])", "Q"),
            Rule.of("ck|c|q", "k"),
            Rule.of("x", "ks"),
            Rule.of("w", "v"),
            Rule.of("ph", "f"),
            Rule.of("(?<=.)(yo|io)", "e"),
            Rule.of("^ye", "e"),
            Rule.of("(?<=.)(ye|ie)", "e"),
            Rule.of("y", "i"),
            Rule.of("ou|oo", "u"),
            Rule.of("(.)\\1+", "$1"),
            // East Slavic surname endings written the Belarusian, Ukrainian or Russian way: -AU/-OU/-EV/-OV, -ANKA/-ENKO
            Rule.of("(?<=...)[aoe][uv]$", "ov"),
            Rule.of("(?<=...)[ae]nk[ao]$", "enko"));

    private Skeleton() {
    }

    /** ASCII lower-case letters of a Latin-script text, diacritics resolved; empty if nothing Latin is left. */
    public static String ascii(String latin) {
        StringBuilder pre = new StringBuilder(latin.length() + 4);
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            String d = DIACRITICS.get(c);
            if (d != null) {
                pre.append(d);
            } else {
                pre.append(c);
            }
        }
        String folded = ASCII.get().transliterate(pre.toString());
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = Character.toLowerCase(folded.charAt(i));
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (Character.getType(c) == Character.MODIFIER_LETTER) {
                // ʿ and ʾ (ayn, hamza) in romanised Arabic and Hebrew: marks, not letters of the key
                continue;
            } else if (Character.isLetter(c)) {
                // a letter outside ASCII remains (Cyrillic left by a table that lacks it): not a usable key
                return "";
            }
        }
        return out.toString();
    }

    /** The key of a Latin-script name part; empty when the text has no Latin letters. */
    public static String of(String latin) {
        String s = ascii(latin);
        if (s.isEmpty()) {
            return s;
        }
        for (Rule r : RULES) {
            s = r.pattern.matcher(s).replaceAll(r.replacement);
        }
        return s;
    }
}
