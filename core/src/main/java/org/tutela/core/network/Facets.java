package org.tutela.core.network;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RegistryRecord;

/** What the drawing filters a record by: the states it involves and its date. */
final class Facets {
    /** The demo (and recorders) mark a day inferred from a month or a year in the passage of a citation. */
    static final String APPROXIMATE = "[approximate date";

    private Facets() {
    }

    static NetworkNode node(RegistryRecord r, int distance) {
        // a person's or an organisation's "date" is only when its record became true: no point on the case's timeline
        Optional<org.tutela.core.registry.ApproximateDate> date = r instanceof Person || r instanceof Organisation ? Optional.empty() : r.eventDate();
        // records written before dates could be approximate carry the mark in a citation's passage instead
        boolean approximate = date.filter(d -> !d.isDay()).isPresent() || r.provenance().citations().stream()
                .anyMatch(c -> c.passage().filter(p -> p.contains(APPROXIMATE)).isPresent());
        return new NetworkNode(r, Optional.empty(), states(r), date, approximate && date.isPresent(), distance);
    }

    /** The states a record involves: who acts and where, a party's nationality or controller. */
    static Set<Country> states(RegistryRecord r) {
        Set<Country> states = new LinkedHashSet<>();
        if (r instanceof Person p) {
            states.addAll(p.everyNationality());
        } else if (r instanceof Organisation o) {
            o.country().ifPresent(states::add);
            o.controllingState().ifPresent(states::add);
        } else if (r instanceof Proceeding p) {
            states.add(p.state());
        } else if (r instanceof CooperationRequest q) {
            states.add(q.requestingState());
            states.add(q.requestedState());
            q.onBehalfOf().ifPresent(states::add);
        } else if (r instanceof Decision d) {
            d.state().ifPresent(states::add);
        } else if (r instanceof Incident i) {
            states.add(i.perpetratorState());
            i.hostState().ifPresent(states::add);
        }
        return states;
    }
}
