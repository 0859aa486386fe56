package org.tutela.core.screening;

/**
 * How much a fired flag weighs in the overall assessment. The weight of each flag is set in the rule
 * pack's data file, so that a lawyer can read and change it; the band rules in {@link Assessment} only
 * read these levels.
 */
public enum Severity {
    /** A legal bar to cooperation on its own (non-refoulement, torture in the same case). */
    BAR,
    /** An objective sign that the request serves persecution. */
    SERIOUS,
    /** A sign of possible political motivation that needs another sign to justify refusal. */
    INDICATOR,
    /** Calls for conditions on how the request is executed, not for refusal. */
    SAFEGUARD,
    /** Background about the requesting state; never a reason on its own and never raises the band. */
    CONTEXT
}
