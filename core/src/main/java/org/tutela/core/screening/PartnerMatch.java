package org.tutela.core.screening;

import java.util.Map;
import java.util.Objects;
import org.tutela.core.registry.Country;

/**
 * A possible match, kept in the report as a reference: the partner's {@link PartnerProtection.Hit} (the request's
 * named person it concerns, as written; the partner, sharing group and bulletin that shared the protected person;
 * the status as shared; the similarity of the encodings). Never a name of the partner's person: this installation
 * has none. It is read as flag 1 ("protected elsewhere") would be, provisionally: when the status is asylum-type
 * against a state behind the request, {@code bar} is true and the band is held at "suspend pending identification"
 * until the match is settled through the channel, as for a strong unconfirmed candidate ({@link ProvisionalReading}).
 * Stored reports keep the hit's fields beside {@code bar}, flat, as they were before the hit was held whole.
 */
public record PartnerMatch(PartnerProtection.Hit hit, boolean bar) {

    public PartnerMatch {
        Objects.requireNonNull(hit, "hit");
    }

    /** A hit judged against the states behind the request: a bar on the provisional reading when flag 1 would fire on it. */
    public static PartnerMatch judged(PartnerProtection.Hit hit, Map<Country, Fact> statesBehind) {
        boolean bar = hit.type().isAsylum() && hit.persecutingState().filter(statesBehind::containsKey).isPresent();
        return new PartnerMatch(hit, bar);
    }
}
