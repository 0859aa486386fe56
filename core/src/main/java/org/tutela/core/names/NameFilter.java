package org.tutela.core.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One step of the {@link Normaliser}, doing one thing, like a filter in a Lucene analysis chain.
 * The same steps, in the same order, run on indexed names and on queries.
 */
public interface NameFilter extends UnaryOperator<String> {

    /** Compatibility composition: full-width letters, ligatures and composed accents become one form. */
    record UnicodeNormalisation() implements NameFilter {
        private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

        @Override
        public String apply(String s) {
            return NFKC.normalize(s);
        }
    }

    /** Full Unicode case folding (not toLowerCase: ß, Turkish I and Greek sigma fold properly). */
    record CaseFolding() implements NameFilter {
        @Override
        public String apply(String s) {
            return UCharacter.foldCase(s, true);
        }
    }

    /**
     * Latin letters that look like Cyrillic ones, inside a word that is otherwise Cyrillic, are
     * Cyrillic (official lists really do write {@code Сергiй} with a Latin i), and the other way
     * round. Runs after case folding, so only lower case is mapped.
     */
    record LookalikeLetters() implements NameFilter {
        private static final Map<Integer, Integer> LATIN_TO_CYRILLIC = Map.ofEntries(
                Map.entry((int) 'a', (int) 'а'), Map.entry((int) 'e', (int) 'е'), Map.entry((int) 'o', (int) 'о'),
                Map.entry((int) 'c', (int) 'с'), Map.entry((int) 'p', (int) 'р'), Map.entry((int) 'x', (int) 'х'),
                Map.entry((int) 'y', (int) 'у'), Map.entry((int) 'i', (int) 'і'), Map.entry((int) 'k', (int) 'к'),
                Map.entry((int) 'm', (int) 'м'), Map.entry((int) 't', (int) 'т'), Map.entry((int) 'h', (int) 'н'),
                Map.entry((int) 'b', (int) 'в'), Map.entry((int) 'j', (int) 'ј'));
        private static final Map<Integer, Integer> CYRILLIC_TO_LATIN = Map.ofEntries(
                Map.entry((int) 'а', (int) 'a'), Map.entry((int) 'е', (int) 'e'), Map.entry((int) 'о', (int) 'o'),
                Map.entry((int) 'с', (int) 'c'), Map.entry((int) 'р', (int) 'p'), Map.entry((int) 'х', (int) 'x'),
                Map.entry((int) 'у', (int) 'y'), Map.entry((int) 'і', (int) 'i'), Map.entry((int) 'ј', (int) 'j'),
                Map.entry((int) 'к', (int) 'k'), Map.entry((int) 'м', (int) 'm'), Map.entry((int) 'т', (int) 't'));

        @Override
        public String apply(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int start = 0;
            for (int i = 0; i <= s.length(); i++) {
                if (i == s.length() || !Character.isLetter(s.charAt(i))) {
                    out.append(fold(s.substring(start, i)));
                    if (i < s.length()) {
                        out.append(s.charAt(i));
                    }
                    start = i + 1;
                }
            }
            return out.toString();
        }

        private static String fold(String word) {
            int latin = 0;
            int cyrillic = 0;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                int script = UScript.getScript(cp);
                if (script == UScript.LATIN && !LATIN_TO_CYRILLIC.containsKey(cp)) {
                    latin++;
                } else if (script == UScript.CYRILLIC && !CYRILLIC_TO_LATIN.containsKey(cp)) {
                    cyrillic++;
                }
                i += Character.charCount(cp);
            }
            Map<Integer, Integer> map;
            if (cyrillic > 0 && latin == 0) {
                map = LATIN_TO_CYRILLIC;
            } else if (latin > 0 && cyrillic == 0) {
                map = CYRILLIC_TO_LATIN;
            } else {
                // only ambiguous letters (ok, Сос) or both scripts' own letters: the majority decides
                return word;
            }
            StringBuilder out = new StringBuilder(word.length());
            word.codePoints().forEach(cp -> out.appendCodePoint(map.getOrDefault(cp, cp)));
            return out.toString();
        }
    }

    /**
     * Digits written for the letters they resemble inside a word (Ig0r Sech1n, as typed to slip past a
     * filter or read by a poor OCR) are those letters. A word that is mostly digits is left as it is; in a
     * Cyrillic word only 0 and 3 have look-alikes. Runs after case folding.
     */
    record DigitLookalikes() implements NameFilter {
        @Override
        public String apply(String s) {
            if (s.chars().noneMatch(Character::isDigit)) {
                return s; // nearly every name: no word to split
            }
            StringBuilder out = null;
            int start = 0;
            for (int i = 0; i <= s.length(); i++) {
                if (i == s.length() || !Character.isLetterOrDigit(s.charAt(i))) {
                    String word = s.substring(start, i);
                    String mapped = map(word);
                    if (out == null && !mapped.equals(word)) {
                        out = new StringBuilder(s.length()).append(s, 0, start);
                    }
                    if (out != null) {
                        out.append(mapped);
                        if (i < s.length()) {
                            out.append(s.charAt(i));
                        }
                    }
                    start = i + 1;
                }
            }
            return out == null ? s : out.toString();
        }

        private static String map(String word) {
            int digits = 0;
            int latin = 0;
            int cyrillic = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isDigit(c)) {
                    digits++;
                } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                }
            }
            // a number with a letter or two (No3, 2nd) is a number: the word must be mostly letters
            if (digits == 0 || latin + cyrillic < 3 || digits >= latin + cyrillic) {
                return word;
            }
            StringBuilder out = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                out.append(cyrillic > latin ? cyrillicLookalike(c) : latinLookalike(c));
            }
            return out.toString();
        }

        private static char latinLookalike(char c) {
            return switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                case '9' -> 'g';
                default -> c;
            };
        }

        private static char cyrillicLookalike(char c) {
            return switch (c) {
                case '0' -> 'о';
                case '3' -> 'з';
                default -> c;
            };
        }
    }

    /**
     * Characters that are in a name's bytes but not in its letters are dropped: direction marks and embeddings
     * (RLM, LRM, U+202A-U+202E, U+2066-U+2069), joiners (ZWJ, ZWNJ), the byte-order mark, the Arabic tatweel that
     * stretches a word ({@code سليــوة}), Arabic short-vowel marks (most spellings leave them out, so a name with them
     * is the name without them), and combining marks with no letter to sit on. Copying a name out of a right-to-left
     * document brings these along; they must neither split a word nor make it another.
     */
    record InvisibleMarks() implements NameFilter {
        @Override
        public String apply(String s) {
            StringBuilder out = null;
            boolean afterLetter = false;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                int type = Character.getType(cp);
                boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK;
                boolean drop = type == Character.FORMAT || cp == 0x0640 || arabicVowelMark(cp) || mark && !afterLetter;
                if (drop && out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                if (!drop) {
                    if (out != null) {
                        out.appendCodePoint(cp);
                    }
                    afterLetter = Character.isLetter(cp) || mark && afterLetter;
                }
                i += n;
            }
            return out == null ? s : out.toString();
        }

        private static boolean arabicVowelMark(int cp) {
            return cp >= 0x064B && cp <= 0x065F || cp == 0x0670 || cp >= 0x06D6 && cp <= 0x06ED && cp != 0x06E5 && cp != 0x06E6
                    || cp >= 0x08D3 && cp <= 0x08FF;
        }
    }

    /**
     * One letter for the forms of one Arabic-script letter that spellings of a name interchange: alef with hamza or
     * madda is alef; alef maqsura is ya; the Persian and Urdu ya and kaf (ی ک, which Persian writes where Arabic
     * writes ي ك) are the Arabic ones; the Urdu heh forms and bari ye are heh and ya; hamza on waw is waw. The letters Uyghur
     * writes its vowels with (ئ ە ې ۇ ۆ ۈ) are left alone. Runs after case folding.
     */
    record ArabicLetterForms() implements NameFilter {
        @Override
        public String apply(String s) {
            StringBuilder out = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                char m = switch (c) {
                    case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا';
                    case 'ى', 'ی', 'ے' -> 'ي';
                    case 'ک', 'ڪ' -> 'ك';
                    case 'ہ', 'ھ', 'ۀ' -> 'ه';
                    case 'ؤ' -> 'و';
                    case 'ٹ' -> 'ت';
                    case 'ڈ' -> 'د';
                    case 'ڑ' -> 'ر';
                    default -> c;
                };
                if (m != c && out == null) {
                    out = new StringBuilder(s).delete(i, s.length());
                }
                if (out != null) {
                    out.append(m);
                }
            }
            return out == null ? s : out.toString();
        }
    }

    /**
     * Punctuation is not part of a name: apostrophes and soft-sign marks vanish (O'Brien, Мар'яна),
     * hyphens, dots and other marks separate parts. Commas are kept: they mark "SURNAME, Given".
     */
    record Punctuation() implements NameFilter {
        @Override
        public String apply(String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\'' || cp == '’' || cp == 'ʼ' || cp == '`' || cp == '´' || cp == 'ʹ' || cp == 'ʺ' || cp == '"') {
                    continue;
                }
                if (cp == ',') {
                    out.append(" , ");
                } else if (cp == '-' || cp == '‐' || cp == '‑' || cp == '–') {
                    out.append('-');
                } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                        || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(' ');
                }
            }
            return out.toString();
        }
    }

    /** Runs of spaces of any kind become one space; no leading or trailing space. */
    record Whitespace() implements NameFilter {
        private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\p{Z}]+");

        @Override
        public String apply(String s) {
            return SPACES.matcher(s).replaceAll(" ").strip();
        }
    }
}
