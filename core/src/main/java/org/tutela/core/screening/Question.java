package org.tutela.core.screening;

/** Information a reviewer should obtain to decide a flag that could not be evaluated, and from whom. */
public record Question(Addressee to, String text) {

    public enum Addressee {
        /** The state that sent the request (through the central authority). */
        REQUESTING_STATE,
        /** The person targeted, or their lawyer (e.g. in an appeal against the measure). */
        TARGET,
        /** The requested state's own records: asylum authority, population register, bar. */
        REQUESTED_STATE_RECORDS,
        /** The reviewer of the request, from the file in hand. */
        REVIEWER
    }
}
