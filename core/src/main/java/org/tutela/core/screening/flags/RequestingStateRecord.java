package org.tutela.core.screening.flags;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.requests.BreachFact;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 15: The requesting state's documented record of transnational repression (context only). */
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
        // the request being screened is not evidence of the state's record: leave out what records it
        List<Incident> incidents = c.registry().withAnyKey(Incident.class, states.stream().map(RecordKey::perpetrator).toList()).stream()
                .filter(i -> states.contains(i.perpetratorState()))
                .filter(i -> !i.linked().contains(c.request().id()))
                .sorted(Comparator.comparing((Incident i) -> i.eventDate().orElse(LocalDate.MIN)).reversed()).toList();
        List<BreachFact> breaches = c.earlierBreaches();
        if (incidents.isEmpty() && breaches.isEmpty()) {
            return new NotFired(Message.of("reason.record.none", statesInWords(states), c.asOf()));
        }
        int shown = (int) w.parameter("facts-shown");
        List<Fact> facts = new ArrayList<>();
        Map<Country, Long> counts = new LinkedHashMap<>();
        incidents.forEach(i -> counts.merge(i.perpetratorState(), 1L, Long::sum));
        counts.forEach((state, count) -> facts.add(c.requestFact("fact.record.count", count, state, c.asOf())));
        if (incidents.size() > shown) {
            facts.add(c.requestFact("fact.record.latest", shown));
        }
        incidents.stream().limit(shown).forEach(i -> facts.add(c.fact(i, "fact.record.incident", i.tactic(), i.perpetratorState(),
                i.hostState().<Object>map(h -> h).orElse(NOT_RECORDED), dateOf(i), i.summary())));
        // breaches of its conditions and assurances on earlier requests: what the state did with cooperation already granted
        Map<Country, Long> breached = new LinkedHashMap<>();
        breaches.forEach(b -> breached.merge(b.state(), 1L, Long::sum));
        breached.forEach((state, count) -> facts.add(c.requestFact("fact.record.breaches", count, state, c.asOf())));
        breaches.stream().skip(Math.max(0, breaches.size() - shown)).forEach(b -> facts.add(breachFact(c, b)));
        return new Fired(facts);
    }
}
