package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.Relationship;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 4: Coercion by proxy: a relative detained or prosecuted in the same or a related case. */
public final class CoercionByProxy implements Flag {
    public static final String ID = "TNR-04";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        Set<Country> behind = c.statesBehind().keySet();
        List<Message> notes = new ArrayList<>();
        Outcome outcome = perTarget(c, w, "relatives", (p, facts) -> {
            Map<Person, Relationship> relatives = c.relatives(p.id());
            if (relatives.isEmpty()) {
                notes.add(Message.of("note.no-relative", p.label()));
            }
            relatives.forEach((relative, tie) -> {
                Fact kinship = tie.detail().isPresent() ? c.fact(tie, "fact.relative.detail", relative.label(), p.label(), tie.detail().get())
                        : c.fact(tie, "fact.relative", relative.label(), p.label());
                boolean found = false;
                for (Proceeding proceeding : c.requestCase().proceedings()) {
                    if (proceeding.accused().contains(relative.id())) {
                        facts.add(c.fact(proceeding, "fact.relative.accused", relative.label(), proceeding.label()));
                        found = true;
                    }
                }
                for (Incident i : c.registry().referencing(relative.id(), Incident.class)) {
                    boolean coercion = i.tactic() == Incident.Tactic.COERCION_BY_PROXY || i.tactic() == Incident.Tactic.RELATIVE_HELD_HOSTAGE;
                    // a relative held hostage by a state behind the request counts even outside the case and without naming the target
                    boolean byStateBehind = behind.contains(i.perpetratorState())
                            && (i.targets().contains(p.id()) || i.tactic() == Incident.Tactic.RELATIVE_HELD_HOSTAGE);
                    if (coercion && i.targets().contains(relative.id()) && (c.requestCase().concerns(i) || byStateBehind)) {
                        facts.add(c.fact(i, "fact.coercion", i.perpetratorState(), i.eventDate().<Object>map(d -> d).orElse(NOT_RECORDED), i.summary()));
                        found = true;
                    }
                }
                if (found) {
                    facts.add(kinship);
                }
            });
        }, () -> c.requestCase().proceedings().isEmpty() ? Message.of("reason.coercion.none")
                : Message.of("reason.coercion.none.in", c.requestCase().labels()), notes);
        if (outcome instanceof NotFired && c.requestCase().proceedings().isEmpty() && !c.requestCase().isCited()) {
            return new NotEvaluable(Message.of("missing.case-number.relatives"), List.of(w.ask("case")));
        }
        return outcome;
    }
}
