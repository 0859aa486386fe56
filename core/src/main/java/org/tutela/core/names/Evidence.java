package org.tutela.core.names;

/**
 * A fact beside the name that supports (positive effect) or contradicts (negative) a match.
 *
 * @param kind   what was compared
 * @param effect what it added to or took from the score
 * @param detail the two values and the reading of them
 */
public record Evidence(Kind kind, double effect, String detail) {
    public enum Kind { BIRTH_DATE, GENDER, NATIONALITY }

    public boolean supports() {
        return effect > 0;
    }
}
