package org.tutela.core.names;

import java.util.Map;

/**
 * UNGEGN (BGN/PCGN 1972) romanisation of Khmer, the system of Cambodian names in UN and Western records (Hun Sen,
 * Sâm Rângsi, Kem Sokha). ICU4J has no Khmer transform (Any-Latin leaves Khmer as it is), hence this. Khmer
 * consonants belong to two series that read the vowel signs differently; the inherent vowel is â in the first
 * series and ô in the second; the signs ៉ and ៊ move a consonant to the other series. A consonant with no vowel
 * sign closes the syllable before it, unless it opens the word or a cluster written with the subscript sign.
 */
final class KhmerRomaniser {
    private static final char COENG = '\u17D2';
    private static final char MUUSIKATOAN = '\u17C9'; // ៉ : to the first series
    private static final char TRIISAP = '\u17CA'; // ៊ : to the second series
    private static final char NIKAHIT = '\u17C6'; // ំ : final m
    private static final char REAHMUK = '\u17C7'; // ះ : final h

    /** Consonant, its letters and its series (1 or 2). */
    private record Consonant(String latin, int series) {
    }

    private static final Map<Character, Consonant> CONSONANTS = Map.ofEntries(
            c('ក', "k", 1), c('ខ', "kh", 1), c('គ', "k", 2), c('ឃ', "kh", 2), c('ង', "ng", 2),
            c('ច', "ch", 1), c('ឆ', "chh", 1), c('ជ', "ch", 2), c('ឈ', "chh", 2), c('ញ', "nh", 2),
            c('ដ', "d", 1), c('ឋ', "th", 1), c('ឌ', "d", 2), c('ឍ', "th", 2), c('ណ', "n", 1),
            c('ត', "t", 1), c('ថ', "th", 1), c('ទ', "t", 2), c('ធ', "th", 2), c('ន', "n", 2),
            c('ប', "b", 1), c('ផ', "ph", 1), c('ព', "p", 2), c('ភ', "ph", 2), c('ម', "m", 2),
            c('យ', "y", 2), c('រ', "r", 2), c('ល', "l", 2), c('វ', "v", 2),
            c('ស', "s", 1), c('ហ', "h", 1), c('ឡ', "l", 1), c('អ', "", 1));

    /** Dependent vowels: first-series and second-series readings. */
    private static final Map<Character, String[]> VOWELS = Map.ofEntries(
            v('\u17B6', "a", "ea"), v('\u17B7', "ĕ", "ĭ"), v('\u17B8', "ei", "i"), v('\u17B9', "œ̆", "œ̆"),
            v('\u17BA', "œ", "œ"), v('\u17BB', "ŏ", "ŭ"), v('\u17BC', "o", "u"), v('\u17BD', "uŏ", "uŏ"),
            v('\u17BE', "aeu", "eu"), v('\u17BF', "œă", "œă"), v('\u17C0', "iĕ", "iĕ"), v('\u17C1', "é", "é"),
            v('\u17C2', "ê", "ê"), v('\u17C3', "ai", "ey"), v('\u17C4', "ao", "o"), v('\u17C5', "au", "ŏu"));

    /** Independent vowels. */
    private static final Map<Character, String> INDEPENDENT = Map.ofEntries(
            Map.entry('ឥ', "ĕ"), Map.entry('ឦ', "ei"), Map.entry('ឧ', "ŏ"), Map.entry('ឩ', "ŏu"), Map.entry('ឪ', "âu"),
            Map.entry('ឫ', "rœ̆"), Map.entry('ឬ', "rœ"), Map.entry('ឭ', "lœ̆"), Map.entry('ឮ', "lœ"), Map.entry('ឯ', "é"),
            Map.entry('ឰ', "ai"), Map.entry('ឱ', "ao"), Map.entry('ឲ', "ao"), Map.entry('ឳ', "âu"));

    private KhmerRomaniser() {
    }

    private static Map.Entry<Character, Consonant> c(char k, String latin, int series) {
        return Map.entry(k, new Consonant(latin, series));
    }

    private static Map.Entry<Character, String[]> v(char k, String first, String second) {
        return Map.entry(k, new String[]{first, second});
    }

    static boolean isKhmer(int cp) {
        return cp >= 0x1780 && cp <= 0x17FF || cp >= 0x19E0 && cp <= 0x19FF;
    }

    static String ungegn(String word) {
        StringBuilder out = new StringBuilder(word.length() * 2);
        int i = 0;
        int n = word.length();
        boolean syllableOpen = false; // a vowel was written since the last closing consonant
        while (i < n) {
            char ch = word.charAt(i);
            Consonant con = CONSONANTS.get(ch);
            if (con == null) {
                String ind = INDEPENDENT.get(ch);
                if (ind != null) {
                    out.append(ind);
                    syllableOpen = true;
                } else if (ch == NIKAHIT) {
                    out.append('m');
                } else if (ch == REAHMUK) {
                    out.append('h');
                } else if (!isKhmer(ch)) {
                    out.append(ch);
                    syllableOpen = false;
                }
                i++;
                continue;
            }
            StringBuilder cluster = new StringBuilder(con.latin);
            int series = con.series;
            int j = i + 1;
            while (j + 1 < n && word.charAt(j) == COENG && CONSONANTS.containsKey(word.charAt(j + 1))) {
                Consonant sub = CONSONANTS.get(word.charAt(j + 1));
                cluster.append(sub.latin);
                if (sub.series == 2 && con.latin.length() <= 2) {
                    series = 2;
                }
                j += 2;
            }
            if (j < n && word.charAt(j) == MUUSIKATOAN) {
                series = 1;
                if (ch == 'ប' && j == i + 1) {
                    cluster = new StringBuilder("p"); // ប៉ is the sound p (Pol Pot)
                }
                j++;
            } else if (j < n && word.charAt(j) == TRIISAP) {
                series = 2;
                j++;
            }
            String vowel = j < n && VOWELS.containsKey(word.charAt(j)) ? VOWELS.get(word.charAt(j))[series - 1] : null;
            if (vowel != null) {
                j++;
                out.append(cluster).append(vowel);
                syllableOpen = true;
            } else if (syllableOpen && j - i == 1 && (j >= n || CONSONANTS.containsKey(word.charAt(j)) || word.charAt(j) == REAHMUK
                    || !isKhmer(word.charAt(j)))) {
                // a lone consonant after a vowel, before another consonant or the end: it closes the syllable
                out.append(cluster);
                syllableOpen = false;
            } else if (j < n && word.charAt(j) == NIKAHIT) {
                out.append(cluster).append(series == 1 ? "âm" : "um");
                j++;
                syllableOpen = false;
            } else {
                out.append(cluster).append(series == 1 ? "â" : "ô");
                syllableOpen = true;
            }
            i = j;
        }
        return out.toString();
    }
}
