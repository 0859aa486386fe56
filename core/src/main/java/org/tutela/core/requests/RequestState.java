package org.tutela.core.requests;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. A request recorded in the registry is registered (its receipt is the date of
 * the record); from there the three filters move it on. No admission decision is not a state of its own:
 * a request that waits in SCREENED has none, and the dashboard shows for how long.
 */
public enum RequestState {
    REGISTERED, SCREENED, ADMITTED, ADMITTED_WITH_CONDITIONS, REFUSED, RETURNED_FOR_CLARIFICATION, IN_EXECUTION,
    MEASURES_AUTHORISED, RESULTS_GATHERED, TRANSMITTED, CLOSED, WITHDRAWN, SUSPENDED;

    /** The path the stepper shows, in order; the other states are branches off it. */
    public static final java.util.List<RequestState> MAIN_LINE = java.util.List.of(REGISTERED, SCREENED, ADMITTED, IN_EXECUTION,
            MEASURES_AUTHORISED, RESULTS_GATHERED, TRANSMITTED, CLOSED);

    private static final Set<RequestState> TERMINAL = EnumSet.of(CLOSED, WITHDRAWN);

    public boolean terminal() {
        return TERMINAL.contains(this);
    }

    public boolean admitted() {
        return this == ADMITTED || this == ADMITTED_WITH_CONDITIONS;
    }
}
