package org.tutela.core.names;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A surname at birth written beside the current one: in parentheses after it (Иванова (Петрова) Мария, a Russian
 * record's way), or after a word that says "born" (Maria Ivanova née Petrova, Anna Müller geb. Schmidt, Мария
 * Иванова урожд. Петрова). A person may be recorded under either surname, so the name is read twice: once as it is
 * without the mention, once with the birth surname in place of the current one. Only the reading of the raw text is
 * here; the analyser decides which part is the surname.
 */
final class MaidenNames {
    /**
     * Words that introduce a surname at birth: French née/né, German geb./geborene, Dutch geb., Russian and Ukrainian
     * урожд./урождённая/уроджена, Polish z domu, Czech and Slovak roz./rod./rozená/rodená, English born. Lower case, dots
     * dropped.
     */
    private static final Set<String> MARKERS = Set.of("née", "nee", "né", "geb", "geborene", "geborener", "урожд",
            "урождённая", "урожденная", "урождённый", "урожденный", "уроджена", "уроджений", "roz", "rozená", "rozený",
            "rod", "rodená", "rodený", "born");
    /** Markers that are also words of names (Max Born): they count only in lower case or after a comma. */
    private static final Set<String> AMBIGUOUS = Set.of("born", "rod", "roz");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,()]+");

    /**
     * A name that mentions a birth surname.
     *
     * @param current the name without the mention
     * @param birth   the birth surname as written
     * @param replacedWord the word of {@code current} (counted from 0, as split by spaces) the parentheses follow, which
     *                     the birth surname replaces; empty after a marker word, where the analyser finds the surname
     */
    record Mention(String current, String birth, Optional<Integer> replacedWord) {
        /** The name with the birth surname written in place of the word it follows (parentheses only). */
        Optional<String> withBirthSurname() {
            return replacedWord.map(i -> {
                String[] words = current.split(" ");
                words[i] = words[i].endsWith(",") ? birth + "," : birth;
                return String.join(" ", words);
            });
        }
    }

    private MaidenNames() {
    }

    /** The mention of a birth surname in {@code name}, if it has one. Cheap when it has none. */
    static Optional<Mention> find(String name) {
        if (name.indexOf('(') < 0 && !mayHaveMarker(name)) {
            return Optional.empty();
        }
        String spaced = name.replace("(", " ( ").replace(")", " ) ").replace(",", " , ");
        String[] tokens = spaced.strip().split("\\s+");
        StringBuilder current = new StringBuilder();
        int words = 0;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.equals("(")) {
                int close = indexOf(tokens, ")", i + 1);
                if (close < 0 || words == 0) {
                    return Optional.empty();
                }
                int from = i + 1;
                boolean marked = from < close && isMarker(tokens, from);
                if (marked) {
                    from += markerLength(tokens, from);
                }
                String inside = from < close ? join(tokens, from, close) : "";
                if (inside.isEmpty() || !hasLetter(inside) || (!marked && close - from != 1)) {
                    return Optional.empty();
                }
                String rest = rest(current, tokens, close + 1);
                return Optional.of(new Mention(rest, inside, marked ? Optional.empty() : Optional.of(words - 1)));
            }
            if (words > 0 && isMarker(tokens, i)) {
                int from = i + markerLength(tokens, i);
                int end = from;
                while (end < tokens.length && !tokens[end].equals(",") && !tokens[end].equals("(")) {
                    end++;
                }
                String birth = join(tokens, from, end);
                if (birth.isEmpty() || !hasLetter(birth)
                        || AMBIGUOUS.contains(word(tokens[i])) && Character.isLowerCase(birth.codePointAt(0))) {
                    return Optional.empty();
                }
                return Optional.of(new Mention(rest(current, tokens, end), birth, Optional.empty()));
            }
            if (!t.equals(",")) {
                words++;
            }
            current.append(current.length() == 0 ? "" : " ").append(t);
        }
        return Optional.empty();
    }

    private static boolean mayHaveMarker(String name) {
        for (String w : SEPARATORS.split(name)) {
            if (MARKERS.contains(word(w)) || w.equalsIgnoreCase("z")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token at {@code i} introduces a birth surname. */
    private static boolean isMarker(String[] tokens, int i) {
        String t = tokens[i];
        if (t.equalsIgnoreCase("z") && i + 1 < tokens.length && tokens[i + 1].equalsIgnoreCase("domu")) {
            return true;
        }
        String w = word(t);
        if (!MARKERS.contains(w)) {
            return false;
        }
        if (AMBIGUOUS.contains(w)) {
            boolean lower = t.codePoints().filter(Character::isLetter).allMatch(Character::isLowerCase);
            boolean afterComma = i > 0 && tokens[i - 1].equals(",");
            return lower || afterComma;
        }
        return true;
    }

    /** How many tokens the marker at {@code i} takes: two for "z domu", one for the others. */
    private static int markerLength(String[] tokens, int i) {
        return tokens[i].equalsIgnoreCase("z") ? 2 : 1;
    }

    private static String word(String token) {
        return token.replace(".", "").toLowerCase(Locale.ROOT);
    }

    private static String rest(StringBuilder before, String[] tokens, int from) {
        StringBuilder out = new StringBuilder(before);
        for (int k = from; k < tokens.length; k++) {
            if (!tokens[k].equals("(") && !tokens[k].equals(")")) {
                out.append(out.length() == 0 ? "" : " ").append(tokens[k]);
            }
        }
        return out.toString().replace(" , ", ", ").replaceAll(",\\s*$", "").strip();
    }

    private static int indexOf(String[] tokens, String t, int from) {
        for (int k = from; k < tokens.length; k++) {
            if (tokens[k].equals(t)) {
                return k;
            }
        }
        return -1;
    }

    private static String join(String[] tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!tokens[k].equals(",")) {
                b.append(b.length() == 0 ? "" : " ").append(tokens[k]);
            }
        }
        return b.toString();
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
