package org.tutela.core.screening;

/** The overall advice of a screening, most severe first. */
public enum Band {
    REFUSE, SUSPEND_AND_REQUIRE_ASSURANCES, PROCEED_WITH_SAFEGUARDS, NO_CONCERN_FOUND;

    public boolean graverThan(Band other) {
        return ordinal() < other.ordinal();
    }
}
