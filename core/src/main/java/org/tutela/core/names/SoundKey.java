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
    private SoundKey() {
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
