package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Person;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.HeldAtRequest;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 6: Proxy request: the case originates elsewhere, the requesting state acts for another, or has no link. */
public final class ProxyRequest implements Flag {
    public static final String ID = "TNR-06";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        Country requesting = c.request().requestingState();
        List<Fact> facts = new ArrayList<>();
        c.request().onBehalfOf().filter(s -> !s.equals(requesting))
                .ifPresent(s -> facts.add(c.statesBehind().get(s)));
        c.statesBehind().forEach((state, fact) -> {
            if (!state.equals(requesting) && !facts.contains(fact)) {
                facts.add(fact);
            }
        });
        // No link alone is common in cross-border crime (the acts may have been committed there); it counts
        // when another state is recorded acting against the person abroad. A refugee status alone does not
        // count: it shows the person fled, not that the persecutor pursues them through this request.
        List<Person> linkUnknown = new ArrayList<>();
        for (Person p : c.targets()) {
            Map<Country, Fact> pursuers = new LinkedHashMap<>();
            List<Fact> caveats = new ArrayList<>();
            for (Incident i : c.registry().referencing(p.id(), Incident.class)) {
                if (!i.perpetratorState().equals(requesting) && i.targets().contains(p.id()) && c.time().mayPrecede(i)
                        && !pursuers.containsKey(i.perpetratorState())) {
                    pursuers.put(i.perpetratorState(), c.fact(i, "fact.pursuer", i.perpetratorState(), p.label(), i.tactic(),
                            i.eventDate().<Object>map(d -> d).orElse(NOT_RECORDED)));
                    c.time().possiblyAfter(i).ifPresent(caveats::add);
                }
            }
            if (pursuers.isEmpty()) {
                continue;
            }
            // the link is read at the request's time: a residence that began after it, or a nationality given up
            // before it, says nothing of the link then; one that possibly held then leaves the link a possibility
            HeldAtRequest<Country> nationalities = c.time().nationalities(p);
            HeldAtRequest<Country> residences = c.time().residences(p);
            boolean linkKnown = !nationalities.isEmpty() || !residences.isEmpty();
            boolean surelyLinked = nationalities.surely().contains(requesting) || residences.surely().contains(requesting);
            boolean possiblyLinked = nationalities.holds(requesting) || residences.holds(requesting);
            if (!linkKnown) {
                linkUnknown.add(p);
            } else if (!surelyLinked) {
                facts.add(c.fact(p, possiblyLinked ? "fact.no-link.possibly" : "fact.no-link", p.label(), requesting,
                        statesInWords(nationalities.values()), statesInWords(residences.values())));
                facts.addAll(nationalities.caveats());
                facts.addAll(residences.caveats());
                facts.addAll(pursuers.values());
                facts.addAll(caveats);
            }
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        if (!c.unidentifiedTargets().isEmpty() || !linkUnknown.isEmpty()) {
            String who = !c.unidentifiedTargets().isEmpty() ? c.unidentifiedNames()
                    : linkUnknown.stream().map(Person::label).collect(Collectors.joining(", "));
            return new NotEvaluable(Message.of("missing.link", who, requesting), List.of(w.ask("link")));
        }
        return new NotFired(Message.of(c.requestCase().proceedings().isEmpty() ? "reason.proxy.none.case-unknown" : "reason.proxy.none",
                requesting));
    }
}
