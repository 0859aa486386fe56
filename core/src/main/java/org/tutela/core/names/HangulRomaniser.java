package org.tutela.core.names;

/**
 * McCune-Reischauer romanisation of Hangul, the system of most Korean names in Western records before 2000 and of
 * North Korean ones since (Kim Chŏng-ŭn, Pak Kŭn-hye). ICU4J has Revised Romanisation (Hangul-Latin) but its
 * Korean-Latin/BGN transform leaves Hangul syllables untouched, hence this. Within a part, plain stops are voiced
 * between voiced sounds (k/g, t/d, p/b, ch/j), as the system writes them; the rarer sound changes across syllables
 * (nasalisation, ㄹ after ㄴ) are not modelled: keys forgive them.
 */
final class HangulRomaniser {
    private static final int BASE = 0xAC00;
    private static final int LAST = 0xD7A3;
    private static final String[] INITIAL_VOICELESS = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'",
            "k'", "t'", "p'", "h"};
    private static final String[] INITIAL_VOICED = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "tch", "ch'",
            "k'", "t'", "p'", "h"};
    private static final String[] VOWEL = {"a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we",
            "wi", "yu", "ŭ", "ŭi", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
            "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private HangulRomaniser() {
    }

    static boolean isSyllable(int cp) {
        return cp >= BASE && cp <= LAST;
    }

    /** The McCune-Reischauer spelling of a word of Hangul syllables; other characters pass through. */
    static String mccuneReischauer(String word) {
        StringBuilder out = new StringBuilder(word.length() * 3);
        boolean voicedBefore = false;
        boolean first = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isSyllable(c)) {
                out.append(c);
                voicedBefore = false;
                first = true;
                continue;
            }
            int s = c - BASE;
            int initial = s / (21 * 28);
            int vowel = s % (21 * 28) / 28;
            int fin = s % 28;
            String ini = !first && voicedBefore ? INITIAL_VOICED[initial] : INITIAL_VOICELESS[initial];
            if (first && initial == 5) {
                ini = "r"; // ㄹ opening a name: MR writes r (Ri, Rim); n and l forms are the southern habit
            }
            if (initial == 9 && (vowel == 20 || vowel == 16)) {
                ini = "sh"; // ㅅ before i and wi
            }
            out.append(ini).append(VOWEL[vowel]).append(FINAL[fin]);
            String f = FINAL[fin];
            voicedBefore = f.isEmpty() || f.equals("n") || f.equals("m") || f.equals("ng") || f.equals("l");
            first = false;
        }
        return out.toString();
    }
}
