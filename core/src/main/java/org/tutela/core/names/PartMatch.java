package org.tutela.core.names;

import java.util.Optional;

/**
 * How one part of the query name lines up with one part of the candidate's name, or that it has no
 * counterpart.
 *
 * @param query      the query's part, empty when only the candidate has it
 * @param candidate  the candidate's part, empty when only the query has it
 * @param role       the part's role (the query's, or the candidate's when the query lacks the part)
 * @param kind       how the two relate
 * @param similarity in [0,1]; 0 for a part without counterpart
 * @param detail     the reason in words: which romanisation, which equivalence line, how many edits
 */
public record PartMatch(Optional<String> query, Optional<String> candidate, NamePart.Role role, Kind kind,
                        double similarity, String detail) {

    public enum Kind {
        /** Same part after normalisation. */
        EXACT,
        /** Same name in another script, by a named romanisation system. */
        TRANSLITERATION,
        /** Same script, spelled another way (Jardemalie / Jardemali, Yevgeny / Evgeniy). */
        SPELLING_VARIANT,
        /** Another language's form of the same name (Олександр / Александр). */
        EQUIVALENT,
        /** A short or familiar form (Bota / Botagoz). */
        DIMINUTIVE,
        /** An initial standing for the name. */
        INITIAL,
        /** One surname in its other gender's form, or without its suffix (Ivanova / Ivanov, Jardemaliyeva / Jardemali). */
        SURNAME_FORM,
        /** A few letters differ. */
        TYPO,
        /** The same letters in another order (Nitup / Putin): a deliberate or careless scramble. */
        SCRAMBLED,
        /** One name writes as one word what the other writes as two or three (SergeiLavrov, Patr ushev). */
        JOINED,
        /** Initials standing for several parts written out in the other name (JC / Jean-Claude). */
        INITIALS,
        /** The same part written twice in one name (Sergey Sergey Shoigu): counted once. */
        REPEATED,
        /** The candidate lacks the query's patronymic, or the other way round: normal, costs little. */
        PATRONYMIC_MISSING,
        /** Both names have a patronymic and they differ: a sign of two namesakes. */
        PATRONYMIC_DIFFERENT,
        /** The query has a part the candidate lacks. */
        MISSING_IN_CANDIDATE,
        /** The candidate has a part the query lacks. */
        NOT_IN_QUERY
    }
}
