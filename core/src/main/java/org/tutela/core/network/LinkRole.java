package org.tutela.core.network;

/**
 * What a link between two drawn records means, as a code: the web layer words it from its bundle
 * ({@code network.link.<ROLE>}). A relationship between two parties is a {@link NetworkLink} with its
 * {@code ties} instead.
 */
public enum LinkRole {
    /** A request, incident or decision is in a case: it names the proceeding. */
    IN_CASE,
    /** An incident or a request cites the case's number without naming the proceeding. */
    CASE_NUMBER,
    COMPLAINANT,
    REQUESTED_BY,
    /** A request names a person (target, witness, other). */
    NAMES,
    DECIDES,
    DECIDED_BY,
    CONCERNS,
    TARGETS,
    PERPETRATOR,
    LINKED,
    ACCUSED,
    AUTHORITY,
    RELATED,
    REFERS_TO
}
