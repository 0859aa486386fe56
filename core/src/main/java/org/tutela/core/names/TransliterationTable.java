package org.tutela.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A romanisation system as data: a letter table with the context rules that standards use
 * (word-initial forms, a letter read differently after or before another, word endings). Tables
 * are text files under {@code org/tutela/core/names/translit/}; the format is described in their
 * headers. Works on lower-case text; characters the table does not know pass through unchanged.
 */
public final class TransliterationTable {
    private final String id;
    private final String name;
    private final Map<String, String> letters;
    private final Map<String, String> after;
    private final Map<String, String> before;
    private final Map<String, String> initial;
    private final Map<String, String> ending;
    private final int longestKey;

    private TransliterationTable(String id, String name, Map<String, String> letters, Map<String, String> after,
                                 Map<String, String> before, Map<String, String> initial, Map<String, String> ending) {
        this.id = id;
        this.name = name;
        this.letters = Map.copyOf(letters);
        this.after = Map.copyOf(after);
        this.before = Map.copyOf(before);
        this.initial = Map.copyOf(initial);
        this.ending = Map.copyOf(ending);
        this.longestKey = letters.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** Loads {@code org/tutela/core/names/translit/<id>.txt} from the class path. */
    public static TransliterationTable load(String id) {
        String path = "translit/" + id + ".txt";
        try (InputStream in = TransliterationTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("romanisation table " + path + " is missing from the class path");
            }
            return parse(id, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read romanisation table " + path, e);
        }
    }

    static TransliterationTable parse(String id, InputStream in) throws IOException {
        Map<String, Map<String, String>> sections = new HashMap<>();
        for (String s : new String[]{"letters", "after", "before", "initial", "ending"}) {
            sections.put(s, new HashMap<>());
        }
        String name = id;
        Map<String, String> current = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("name=")) {
                name = l.substring(5).strip();
            } else if (l.startsWith("[") && l.endsWith("]")) {
                current = sections.get(l.substring(1, l.length() - 1));
                if (current == null) {
                    throw new IllegalStateException(id + ".txt line " + lineNo + ": unknown section " + l);
                }
            } else if (current == null) {
                throw new IllegalStateException(id + ".txt line " + lineNo + ": entry before any [section]");
            } else {
                int space = l.indexOf(' ');
                String key = space < 0 ? l : l.substring(0, space);
                String value = space < 0 ? "" : l.substring(space + 1).strip();
                current.put(key, value);
            }
        }
        return new TransliterationTable(id, name, sections.get("letters"), sections.get("after"), sections.get("before"),
                sections.get("initial"), sections.get("ending"));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** True when every letter of {@code word} is one this table writes (or a letter of the target script). */
    public boolean covers(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && !letters.containsKey(String.valueOf(c)) && !isTargetLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean isTargetLetter(char c) {
        return letters.values().stream().anyMatch(v -> v.indexOf(c) >= 0);
    }

    public String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            // a mark the table spells (the Ukrainian apostrophe) is inside the word, not a word break
            if (i == text.length() || !Character.isLetter(text.charAt(i)) && !letters.containsKey(String.valueOf(text.charAt(i)))) {
                word(text.substring(start, i), out);
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private void word(String w, StringBuilder out) {
        int i = 0;
        while (i < w.length()) {
            if (i == 0) {
                String first = longest(initial, w, 0);
                if (first != null) {
                    out.append(initial.get(first));
                    i += first.length();
                    continue;
                }
            }
            char c = w.charAt(i);
            if (i > 0) {
                String rule = after.get("" + w.charAt(i - 1) + c);
                if (rule != null) {
                    out.append(rule);
                    i++;
                    continue;
                }
            }
            if (i + 1 < w.length()) {
                String rule = before.get("" + c + w.charAt(i + 1));
                if (rule != null) {
                    out.append(rule);
                    i++;
                    continue;
                }
            }
            String end = ending.get(w.substring(i));
            if (end != null) {
                out.append(end);
                return;
            }
            String key = longest(letters, w, i);
            if (key != null) {
                out.append(letters.get(key));
                i += key.length();
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private String longest(Map<String, String> map, String w, int at) {
        if (map.isEmpty()) {
            return null;
        }
        for (int len = Math.min(longestKey, w.length() - at); len >= 1; len--) {
            String key = w.substring(at, at + len);
            if (map.containsKey(key)) {
                return key;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
