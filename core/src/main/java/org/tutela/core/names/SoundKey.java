package org.tutela.core.names;

/**
 * A coarse key of the consonants of a {@link Skeleton} key, for names in scripts that ICU's Any-Latin
 * romanises only roughly: Arabic writes few vowels and has no p or v (بوتين is "bvtin" for Putin),
 * Korean adds vowels between consonants and has one letter for l and r, Greek writes d as ντ, Hindi
 * adds a final a. Vowels and h are dropped, consonants that such scripts confuse share a class (b p v f
 * w; t d; k g q; l r; s z and the sibilants), repeats collapse. Only parts of different scripts, one of
 * them neither Latin nor Cyrillic, are compared this way: between two well-romanised names it would
 * make far too many namesakes.
 */
public final class SoundKey {
    /**
     * What a consonant key is filed and sought under in an index, so that it never meets a romanisation key of the
     * same letters.
     */
    public static final String INDEX_PREFIX = "~";
    /** Consonant keys shorter than this are not used for retrieval: two consonants (mh, ks) begin too many names. */
    static final int MIN_RETRIEVAL = 3;

    private SoundKey() {
    }

    /** Whether a part is written in an abjad (Arabic, Hebrew, Syriac letters), which leaves most vowels out. */
    public static boolean abjad(NamePart p) {
        Character.UnicodeScript s = Character.UnicodeScript.of(p.text().codePointAt(0));
        return s == Character.UnicodeScript.ARABIC || s == Character.UnicodeScript.HEBREW || s == Character.UnicodeScript.SYRIAC;
    }

    /**
     * The consonant keys a part is retrieved by against an abjad, as {@link SoundComparator} reads them (the other
     * name's vowels and inner waw dropped, h kept), each with {@link #INDEX_PREFIX}: an unvowelled spelling the
     * vowel table lacks (بلكلام) has no romanisation key in common with its Latin spelling (Belkalem), but the same
     * consonants. An index files them for abjad parts only, and a query seeks them for every part, so that they find
     * across scripts and never make namesakes of two well-romanised names.
     */
    public static java.util.Set<String> retrievalKeys(NamePart p) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (p.isInitial()) {
            return out;
        }
        for (String k : p.keySet()) {
            String s = of(k, true, true);
            if (s.length() >= MIN_RETRIEVAL) {
                out.add(INDEX_PREFIX + s);
            }
        }
        return out;
    }

    /**
     * @param consonantScript true for a part written in Arabic or Hebrew letters, where waw (romanised w,
     *                        v in the key) mostly stands for the vowel o or u and is dropped like one
     */
    public static String of(String skeletonKey, boolean consonantScript) {
        return of(skeletonKey, consonantScript, false);
    }

    /**
     * @param keepH whether h (and kh) count as a consonant: Arabic writes its h sounds (ح ه خ) where it leaves vowels
     *              out, so against an Arabic-script part they carry as much as any consonant (Khadr, خضر)
     */
    public static String of(String skeletonKey, boolean consonantScript, boolean keepH) {
        StringBuilder out = new StringBuilder(skeletonKey.length());
        for (int i = 0; i < skeletonKey.length(); i++) {
            char letter = skeletonKey.charAt(i);
            // a word-initial waw is the consonant w (Wali, ولي); elsewhere it is mostly the vowel u or o
            if (consonantScript && (letter == 'v' || letter == 'w') && i > 0) {
                continue;
            }
            if (keepH && (letter == 'h' || letter == 'H')) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != 'h') {
                    out.append('h');
                }
                continue;
            }
            char c = switch (letter) {
                case 'b', 'p', 'v', 'f', 'w' -> 'b';
                case 't', 'd' -> 't';
                case 'k', 'g', 'q' -> 'k';
                case 'l', 'r' -> 'r';
                case 's', 'z', 'S', 'C', 'J', 'Q' -> 's';
                case 'm' -> 'm';
                case 'n' -> 'n';
                case 'x' -> 'x';
                default -> '\0'; // vowels, h and its marker, y
            };
            if (c != '\0' && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
