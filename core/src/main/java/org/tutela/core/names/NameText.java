package org.tutela.core.names;

/**
 * The gate every name passes before analysis. Limits keep a hostile or broken input from costing
 * more than a real name: no person's name needs 300 characters or 12 parts.
 */
public final class NameText {
    public static final int MAX_LENGTH = 300;
    public static final int MAX_PARTS = 12;

    private NameText() {
    }

    /**
     * The names written in one field: "A B / C D" gives two names. A slash between single words
     * (VARABEI/VERABEI) is left to the analyser, which reads it as a part separator.
     */
    public static java.util.List<String> alternatives(String raw) {
        if (raw == null || raw.indexOf('/') < 0) {
            return java.util.List.of(raw == null ? "" : raw);
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String piece : raw.split("/")) {
            if (piece.strip().split("\\s+").length < 2) {
                return java.util.List.of(raw);
            }
            out.add(piece.strip());
        }
        return out;
    }

    /**
     * The name, stripped, or an exception naming the problem. Tabs and line breaks count as spaces;
     * other control characters and unpaired surrogates are refused with their position.
     */
    public static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new NameInputException("name is empty");
        }
        if (raw.length() > MAX_LENGTH * 4) {
            throw new NameInputException("name is " + raw.length() + " characters long; at most " + MAX_LENGTH + " are accepted");
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= raw.length() || !Character.isLowSurrogate(raw.charAt(i + 1))) {
                    throw new NameInputException("name has an unpaired surrogate at position " + i);
                }
                out.append(c).append(raw.charAt(++i));
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                throw new NameInputException("name has an unpaired surrogate at position " + i);
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                throw new NameInputException("name has a control character (U+" + String.format("%04X", (int) c) + ") at position " + i);
            } else {
                out.append(c);
            }
        }
        String name = out.toString().strip();
        if (name.length() > MAX_LENGTH) {
            throw new NameInputException("name is " + name.length() + " characters long; at most " + MAX_LENGTH + " are accepted");
        }
        if (name.codePoints().noneMatch(Character::isLetter)) {
            throw new NameInputException("name has no letters: '" + name + "'");
        }
        return name;
    }
}
