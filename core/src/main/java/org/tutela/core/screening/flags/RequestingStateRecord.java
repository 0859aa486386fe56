package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.StateIncidents;
import org.tutela.core.requests.BreachFact;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/**
 * Flag 15: The requesting state's documented record of transnational repression (context only): incidents, breaches
 * recorded in the files of its earlier requests, and breaches federation partners reported.
 */
public final class RequestingStateRecord implements Flag {
    public static final String ID = "TNR-15";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        Set<Country> states = new LinkedHashSet<>();
        states.add(c.request().requestingState());
        c.request().onBehalfOf().ifPresent(states::add);
        int shown = (int) w.parameter("facts-shown");
        // the request being screened is not evidence of the state's record: leave out what records it. Counted by
        // the view (a database counts from its index), so that the cost does not grow with the state's record
        StateIncidents.Tally incidents = c.registry().incidents(StateIncidents.of(states, Set.of(c.request().id()), shown));
        List<BreachFact> breaches = c.earlier().breaches();
        List<org.tutela.core.screening.ReportedBreach> reported = c.earlier().reported();
        if (incidents.total() == 0 && breaches.isEmpty() && reported.isEmpty()) {
            return new NotFired(Message.of("reason.record.none", statesInWords(states), c.asOf()));
        }
        List<Fact> facts = new ArrayList<>();
        incidents.counts().forEach(s -> facts.add(c.requestFact("fact.record.count", s.count(), s.state(), c.asOf())));
        if (incidents.total() > shown) {
            facts.add(c.requestFact("fact.record.latest", shown));
        }
        incidents.latest().forEach(i -> facts.add(c.fact(i, "fact.record.incident", i.tactic(), i.perpetratorState(),
                i.hostState().<Object>map(h -> h).orElse(NOT_RECORDED), dateOf(i), i.summary())));
        // breaches of its conditions and assurances on earlier requests: what the state did with cooperation already granted
        Map<Country, Long> breached = new LinkedHashMap<>();
        breaches.forEach(b -> breached.merge(b.state(), 1L, Long::sum));
        breached.forEach((state, count) -> facts.add(c.requestFact("fact.record.breaches", count, state, c.asOf())));
        breaches.stream().skip(Math.max(0, breaches.size() - shown)).forEach(b -> facts.add(breachFact(c, b)));
        facts.addAll(c.earlier().caveats(breaches));
        // breaches federation partners reported, each cited to the bulletin it came in
        reported.stream().skip(Math.max(0, reported.size() - shown)).forEach(b -> c.registry().get(b.source()).ifPresent(source ->
                facts.add(b.terms().isPresent()
                        ? c.fact(source, List.of(org.tutela.core.registry.Citation.of(source.id())), "fact.record.reported-breach.described",
                                b.state(), b.condition(), b.on(), b.partner(), b.terms().get())
                        : c.fact(source, List.of(org.tutela.core.registry.Citation.of(source.id())), "fact.record.reported-breach",
                                b.state(), b.condition(), b.on(), b.partner()))));
        return new Fired(facts);
    }
}
