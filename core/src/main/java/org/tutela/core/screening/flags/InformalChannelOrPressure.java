package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 12: Informal channel or pressure on the host state's officials. */
public final class InformalChannelOrPressure implements Flag {
    public static final String ID = "TNR-12";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        List<Fact> facts = new ArrayList<>();
        c.request().channel().filter(ch -> ch == CooperationRequest.Channel.INFORMAL)
                .ifPresent(ch -> facts.add(c.requestFact("fact.informal-channel")));
        Set<RecordId> targets = c.targets().stream().map(Person::id).collect(Collectors.toSet());
        Set<RecordId> seen = new LinkedHashSet<>();
        List<RecordId> anchors = new ArrayList<>(c.requestCase().ids());
        anchors.addAll(targets);
        for (RecordId id : anchors) {
            for (Incident i : c.registry().referencing(id, Incident.class)) {
                if (i.tactic() != Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS || !seen.add(i.id())) {
                    continue;
                }
                // pressure about the same person on the officials of a state the request is addressed to (any member
                // state for a notice addressed to all INTERPOL members) by a state behind this request
                boolean onThisHost = i.hostState().map(c.request()::addressedTo).orElse(true);
                boolean relevant = c.requestCase().concerns(i) || onThisHost && c.statesBehind().containsKey(i.perpetratorState())
                        && i.targets().stream().anyMatch(targets::contains);
                if (relevant) {
                    facts.add(c.fact(i, "fact.pressure", i.hostState().<Object>map(h -> h).orElse(NOT_RECORDED), i.perpetratorState(),
                            dateOf(i), i.summary()));
                }
            }
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        return new NotFired(c.request().channel().isEmpty() ? Message.of("reason.pressure.none.channel-unknown")
                : Message.of("reason.pressure.none", c.request().channel().get()));
    }
}
