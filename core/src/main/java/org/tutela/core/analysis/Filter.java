package org.tutela.core.analysis;

import java.util.Optional;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;

/**
 * What an analyst narrows the counts to: the perpetrator (for a request, the requesting state or the
 * state it acts for), the host (for a request, the requested state), the tactic family, and a span of
 * years. Records without a date fall outside any span of years.
 */
public record Filter(Optional<Country> perpetrator, Optional<Country> host, Optional<Incident.Family> family,
                     Optional<Integer> fromYear, Optional<Integer> toYear) {

    public static Filter none() {
        return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean admits(Incident i) {
        return perpetrator.map(i.perpetratorState()::equals).orElse(true)
                && host.map(h -> i.hostState().filter(h::equals).isPresent()).orElse(true)
                && family.map(i.family()::equals).orElse(true)
                && inYears(i.eventDate().map(d -> d.namedYear()));
    }

    /** A request is a co-opting act: it passes a family filter only for that family. */
    public boolean admits(CooperationRequest r) {
        return perpetrator.map(p -> p.equals(r.requestingState()) || r.onBehalfOf().filter(p::equals).isPresent()).orElse(true)
                && host.map(r.requestedState()::equals).orElse(true)
                && family.map(f -> f == Incident.Family.CO_OPTING_OTHER_COUNTRIES).orElse(true)
                && inYears(r.eventDate().map(d -> d.namedYear()));
    }

    private boolean inYears(Optional<Integer> year) {
        if (fromYear.isEmpty() && toYear.isEmpty()) {
            return true;
        }
        return year.isPresent() && fromYear.map(f -> year.get() >= f).orElse(true) && toYear.map(t -> year.get() <= t).orElse(true);
    }
}
