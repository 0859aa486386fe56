package org.tutela.core.screening.testimony;

/**
 * A stretch of near-identical wording shared by two statements, as character offsets in each text
 * ({@code start} inclusive, {@code end} exclusive), and how many words of the first text it spans.
 */
public record Passage(int firstStart, int firstEnd, int secondStart, int secondEnd, int words) {
    public Passage {
        if (firstStart < 0 || firstEnd < firstStart || secondStart < 0 || secondEnd < secondStart || words < 1) {
            throw new IllegalArgumentException("not a passage: " + firstStart + "-" + firstEnd + " / " + secondStart + "-" + secondEnd);
        }
    }

    public String inFirst(String text) {
        return text.substring(firstStart, firstEnd);
    }

    public String inSecond(String text) {
        return text.substring(secondStart, secondEnd);
    }
}
