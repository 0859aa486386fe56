package org.tutela.core.network;

import java.util.Set;
import java.util.TreeSet;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Relationship;

/**
 * One line between two drawn records: every role one plays for the other (a request may both name and be
 * in a case with the same record), the relationship types that tie two parties, and whether it is a case
 * link (to or from a numbered case), which the drawing marks.
 */
public record NetworkLink(RecordId from, RecordId to, Set<LinkRole> roles, Set<Relationship.Type> ties, boolean caseLink) {

    public NetworkLink {
        roles = Set.copyOf(roles);
        ties = Set.copyOf(ties);
        if (from.equals(to)) {
            throw new IllegalArgumentException("a link joins two records, not " + from.value() + " to itself");
        }
    }

    static NetworkLink role(RecordId from, RecordId to, LinkRole role, boolean caseLink) {
        return new NetworkLink(from, to, Set.of(role), Set.of(), caseLink);
    }

    static NetworkLink tie(Relationship r) {
        return new NetworkLink(r.from(), r.to(), Set.of(), Set.of(r.type()), false);
    }

    /** The same pair of records, in either direction. */
    String pair() {
        return from.value().compareTo(to.value()) < 0 ? from.value() + "|" + to.value() : to.value() + "|" + from.value();
    }

    /** This link and another of the same pair as one line, keeping this one's direction. */
    NetworkLink join(NetworkLink other) {
        Set<LinkRole> r = new TreeSet<>(roles);
        r.addAll(other.roles);
        Set<Relationship.Type> t = new TreeSet<>(ties);
        t.addAll(other.ties);
        return new NetworkLink(from, to, r, t, caseLink || other.caseLink);
    }
}
