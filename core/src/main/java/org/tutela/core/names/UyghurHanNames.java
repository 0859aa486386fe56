package org.tutela.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Uyghur names in Han characters: Chinese records transcribe a Uyghur name syllable by syllable (Memet is 买买提,
 * Abdurehman 阿不都热合曼) and often write the elements of a compound name as one word, where Latin spellings split
 * them the same way (Abdurehman is abdu + rehman, see {@link ArabicNameElements}). The elements are the Han forms of
 * the curated file {@code equivalents/ug-han-names.txt}, which also makes each an equivalent of its Latin forms; a
 * Han word made wholly of them is split into them, and is not read as a Chinese family name and given name.
 */
final class UyghurHanNames {
    static final String FILE = "equivalents/ug-han-names.txt";
    private static final Set<String> ELEMENTS = load();
    private static final int LONGEST = ELEMENTS.stream().mapToInt(String::length).max().orElse(0);

    private UyghurHanNames() {
    }

    /** Whether a word is one Uyghur name element in Han characters. */
    static boolean isElement(String word) {
        return ELEMENTS.contains(word);
    }

    /**
     * The elements of a Han word, when it is made wholly of them (the fewest elements that cover it); the word itself
     * otherwise, and for a word that is one element.
     */
    static List<String> split(String word) {
        int n = word.length();
        if (n < 4 || ELEMENTS.contains(word) || !HanRomaniser.isHan(word.codePointAt(0))) {
            return List.of(word);
        }
        // fewest[i]: the fewest elements that cover word[i..n); next[i]: where the first of them ends
        int[] fewest = new int[n + 1];
        int[] next = new int[n + 1];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = Math.min(n, i + LONGEST); j > i; j--) {
                if (fewest[j] != Integer.MAX_VALUE && fewest[j] + 1 < fewest[i] && ELEMENTS.contains(word.substring(i, j))) {
                    fewest[i] = fewest[j] + 1;
                    next[i] = j;
                }
            }
        }
        if (fewest[0] == Integer.MAX_VALUE) {
            return List.of(word);
        }
        List<String> out = new ArrayList<>(fewest[0]);
        for (int i = 0; i < n; i = next[i]) {
            out.add(word.substring(i, next[i]));
        }
        return out;
    }

    /** The Han forms of the file: every name of a line written in Han characters only. */
    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = UyghurHanNames.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the class path");
            }
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                for (String name : l.split("[,=]")) {
                    String n = name.strip();
                    if (!n.isEmpty() && n.codePoints().allMatch(HanRomaniser::isHan)) {
                        out.add(n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return Set.copyOf(out);
    }
}
