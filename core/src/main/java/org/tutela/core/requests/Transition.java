package org.tutela.core.requests;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The moves of a request after its admission decision, each from the states it may leave, to the state
 * it reaches, by the desks that may make it. (The admission decision and the measures' decisions are
 * steps of their own: they carry more than a move.)
 */
public enum Transition {
    START_EXECUTION(EnumSet.of(RequestState.ADMITTED, RequestState.ADMITTED_WITH_CONDITIONS), RequestState.IN_EXECUTION,
            EnumSet.of(DeskFunction.PROSECUTOR)),
    GATHER_RESULTS(EnumSet.of(RequestState.IN_EXECUTION, RequestState.MEASURES_AUTHORISED), RequestState.RESULTS_GATHERED,
            EnumSet.of(DeskFunction.PROSECUTOR, DeskFunction.INVESTIGATING_JUDGE)),
    TRANSMIT(EnumSet.of(RequestState.RESULTS_GATHERED), RequestState.TRANSMITTED,
            EnumSet.of(DeskFunction.CENTRAL_AUTHORITY, DeskFunction.PROSECUTOR)),
    CLOSE(EnumSet.of(RequestState.TRANSMITTED, RequestState.REFUSED, RequestState.RETURNED_FOR_CLARIFICATION), RequestState.CLOSED,
            EnumSet.of(DeskFunction.CENTRAL_AUTHORITY)),
    WITHDRAW(EnumSet.complementOf(EnumSet.of(RequestState.CLOSED, RequestState.WITHDRAWN)), RequestState.WITHDRAWN,
            EnumSet.of(DeskFunction.CENTRAL_AUTHORITY)),
    SUSPEND(EnumSet.complementOf(EnumSet.of(RequestState.CLOSED, RequestState.WITHDRAWN, RequestState.SUSPENDED)), RequestState.SUSPENDED,
            EnumSet.of(DeskFunction.CENTRAL_AUTHORITY, DeskFunction.INVESTIGATING_JUDGE)),
    /** Back to the state the request was suspended in. */
    RESUME(EnumSet.of(RequestState.SUSPENDED), null, EnumSet.of(DeskFunction.CENTRAL_AUTHORITY, DeskFunction.INVESTIGATING_JUDGE));

    private final Set<RequestState> from;
    private final RequestState to;
    private final Set<DeskFunction> by;

    Transition(Set<RequestState> from, RequestState to, Set<DeskFunction> by) {
        this.from = from;
        this.to = to;
        this.by = by;
    }

    public boolean leaves(RequestState state) {
        return from.contains(state);
    }

    /** Empty for RESUME, whose target is the state before the suspension. */
    public Optional<RequestState> to() {
        return Optional.ofNullable(to);
    }

    public Set<DeskFunction> by() {
        return EnumSet.copyOf(by);
    }

    public Set<RequestState> from() {
        return EnumSet.copyOf(from);
    }
}
