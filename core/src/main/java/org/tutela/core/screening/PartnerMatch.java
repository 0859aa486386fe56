package org.tutela.core.screening;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.ProtectionStatus;

/**
 * A possible match, kept in the report as a reference: the request's named person it concerns (as written), the
 * partner, sharing group and bulletin that shared the protected person, the status as shared, the similarity of
 * the encodings. Never a name of the partner's person: this installation has none. It is read as flag 1
 * ("protected elsewhere") would be, provisionally: when the status is asylum-type against a state behind the
 * request, {@code bar} is true and the band is held at "suspend pending identification" until the match is
 * settled through the channel, as for a strong unconfirmed candidate ({@link ProvisionalReading}).
 */
public record PartnerMatch(String asWritten, String partner, String group, String bulletin, ProtectionStatus.Type type,
                           Country grantingState, Optional<Country> persecutingState, double similarity, LocalDate received,
                           boolean bar) {

    public PartnerMatch {
        java.util.Objects.requireNonNull(asWritten, "asWritten");
        java.util.Objects.requireNonNull(partner, "partner");
        java.util.Objects.requireNonNull(group, "group");
        java.util.Objects.requireNonNull(bulletin, "bulletin");
        java.util.Objects.requireNonNull(type, "type");
        java.util.Objects.requireNonNull(grantingState, "grantingState");
        persecutingState = persecutingState == null ? Optional.empty() : persecutingState;
        java.util.Objects.requireNonNull(received, "received");
    }

    /** A hit judged against the states behind the request: a bar on the provisional reading when flag 1 would fire on it. */
    public static PartnerMatch judged(PartnerProtection.Hit hit, Map<Country, Fact> statesBehind) {
        boolean bar = hit.type().isAsylum() && hit.persecutingState().filter(statesBehind::containsKey).isPresent();
        return new PartnerMatch(hit.asWritten(), hit.partner(), hit.group(), hit.bulletin(), hit.type(), hit.grantingState(),
                hit.persecutingState(), hit.similarity(), hit.received(), bar);
    }
}
