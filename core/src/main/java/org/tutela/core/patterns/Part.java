package org.tutela.core.patterns;

/**
 * The part a record plays in a finding. The page words each part from the bundle
 * ({@code pattern.part.<name>}), so that a finding holds references, never sentences.
 */
public enum Part {
    /** The case (a proceeding) the finding is about. */
    CASE,
    /** A cooperation request, a notice or a diffusion. */
    REQUEST,
    /** A request sent on behalf of, or in the case of, another state. */
    PROXY_REQUEST,
    /** An act against a relative of the target: arrest, prosecution, detention. */
    ACT_AGAINST_RELATIVE,
    /** The tie that makes two persons family. */
    FAMILY_TIE,
    /** A refusal, annulment, dropped case or deleted notice. */
    REFUSAL,
    /** A request sent after a refusal elsewhere. */
    LATER_REQUEST,
    /** A record telling who controls an organisation, or for whom it acts. */
    CONTROL,
    /** A request or case in which the organisation is complainant or injured party. */
    COMPLAINT,
    /** An incident in which the organisation or firm acted. */
    ACT,
    /** A letter, reminder or direct contact pressing host-state officials. */
    PRESSURE,
    /** An incident the registry records about the finding's subject. */
    INCIDENT
}
