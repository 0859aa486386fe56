package org.tutela.core.screening;

/** The overall advice of a screening, most severe first. */
public enum Band {
    REFUSE, SUSPEND_AND_REQUIRE_ASSURANCES,
    /**
     * Who the request names is not confirmed, and a strong candidate would make a bar fire: nothing is
     * executed until a reviewer settles the identity.
     */
    SUSPEND_PENDING_IDENTIFICATION,
    PROCEED_WITH_SAFEGUARDS, NO_CONCERN_FOUND;

    public boolean graverThan(Band other) {
        return ordinal() < other.ordinal();
    }

    /** Refuse or suspend: the screening advises against executing the request as it stands. */
    public boolean advisesAgainstExecution() {
        return this == REFUSE || this == SUSPEND_AND_REQUIRE_ASSURANCES || this == SUSPEND_PENDING_IDENTIFICATION;
    }
}
