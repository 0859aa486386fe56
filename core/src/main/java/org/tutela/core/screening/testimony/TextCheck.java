package org.tutela.core.screening.testimony;

import java.util.Optional;
import org.tutela.core.screening.Message;

/**
 * Tells text from what only passes for it: a PDF or a ZIP read as characters, base64, bytes decoded
 * with the wrong charset. Comparing such "text" would find nothing and say so silently.
 */
public final class TextCheck {
    private TextCheck() {
    }

    /** Why {@code text} cannot be read as a statement (a part of a sentence of the facts bundle), or empty if it can. */
    public static Optional<Message> problem(String text) {
        if (text.startsWith("%PDF-")) {
            return Optional.of(Message.of("text.pdf"));
        }
        if (text.startsWith("PK") && text.length() > 3 && text.charAt(2) < 0x20) {
            return Optional.of(Message.of("text.zip"));
        }
        int letters = 0;
        int visible = 0;
        int undecodable = 0;
        int run = 0;
        int longestRun = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xFFFD) {
                undecodable++;
            }
            if (Character.isWhitespace(cp)) {
                run = 0;
                continue;
            }
            visible++;
            run++;
            longestRun = Math.max(longestRun, run);
            if (Character.isLetter(cp)) {
                letters++;
            }
        }
        if (visible == 0) {
            return Optional.of(Message.of("text.empty"));
        }
        if (undecodable * 200 > visible) {
            return Optional.of(Message.of("text.undecodable", undecodable));
        }
        if (longestRun > 120) {
            return Optional.of(Message.of("text.no-spaces", longestRun));
        }
        if (letters * 10 < visible * 5) {
            return Optional.of(Message.of("text.not-prose", 100 * letters / visible));
        }
        return Optional.empty();
    }
}
