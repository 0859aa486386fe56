package org.tutela.core.screening;

/**
 * Information a reviewer should obtain to decide a flag that could not be evaluated, and from whom.
 *
 * @param text its English words, as asked (kept for reports stored before questions had a key)
 * @param key  its key in the rule pack ({@code flag.TNR-01.ask.status}), by which a report words it in the reader's
 *             language; empty for a question of no pack
 */
public record Question(Addressee to, String text, String key) {

    public Question {
        key = key == null ? "" : key;
    }

    public Question(Addressee to, String text) {
        this(to, text, "");
    }

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
