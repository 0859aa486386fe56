package org.tutela.core.names;

import java.util.List;

/**
 * A fact beside the name that supports (positive effect) or contradicts (negative) a match.
 *
 * @param kind    what was compared
 * @param effect  what it added to or took from the score
 * @param detail  the two values and the reading of them, in the engine's English (logs, benchmarks)
 * @param reading the reading as a code, for the interface to put into words in the reader's language
 * @param values  the values the reading names (years apart, the two birth dates, the common nationalities), as data
 */
public record Evidence(Kind kind, double effect, String detail, Reading reading, List<String> values) {
    public enum Kind { BIRTH_DATE, GENDER, NATIONALITY }

    /** How the two values compare. {@code values} holds, in order, what each reading names. */
    public enum Reading {
        /** Years apart, the query's date, the candidate's. */
        BORN_YEARS_APART,
        /** The query's date, the candidate's. */
        BORN_A_YEAR_APART,
        /** The query's date, the candidate's. */
        SAME_YEAR_ANOTHER_DAY,
        /** The date. */
        SAME_DATE,
        /** The query's date, the candidate's. */
        SAME_YEAR,
        SAME_GENDER,
        DIFFERENT_GENDER,
        /** The nationalities in common. */
        NATIONALITY_IN_COMMON,
        /** The query's nationalities, the candidate's. */
        NO_NATIONALITY_IN_COMMON,
        /** Made without a reading (a hand-built match): only its kind and effect can be said. */
        UNSTATED
    }

    public Evidence {
        values = List.copyOf(values);
    }

    public Evidence(Kind kind, double effect, String detail) {
        this(kind, effect, detail, Reading.UNSTATED, List.of());
    }

    public boolean supports() {
        return effect > 0;
    }
}
