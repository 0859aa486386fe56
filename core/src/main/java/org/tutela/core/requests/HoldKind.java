package org.tutela.core.requests;

import java.util.EnumSet;
import java.util.Set;

/**
 * What stops every disclosure of a request's material while it lasts, and which desks may lift it. An
 * unresolved "refuse" band is a hold of its own: it is not placed by anyone and is resolved by an
 * admission decision that complies or explains.
 */
public enum HoldKind {
    APPEAL_PENDING(EnumSet.of(DeskFunction.INVESTIGATING_JUDGE, DeskFunction.CENTRAL_AUTHORITY)),
    OVERSIGHT_REVIEW(EnumSet.of(DeskFunction.OVERSIGHT)),
    PRIVILEGE_REVIEW(EnumSet.of(DeskFunction.INVESTIGATING_JUDGE)),
    REFUSE_BAND(EnumSet.noneOf(DeskFunction.class));

    private final Set<DeskFunction> liftedBy;

    HoldKind(Set<DeskFunction> liftedBy) {
        this.liftedBy = liftedBy;
    }

    public boolean liftableBy(DeskFunction function) {
        return liftedBy.contains(function);
    }

    public boolean placeable() {
        return this != REFUSE_BAND;
    }
}
