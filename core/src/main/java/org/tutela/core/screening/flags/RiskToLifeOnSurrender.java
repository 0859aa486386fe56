package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;

/**
 * Flag 17, risk to life and liberty on surrender: the offence is punishable by death, or co-accused or
 * relatives were executed, died in custody or disappeared, or earlier returnees disappeared, at the
 * hands of a state behind the request. European Convention on Extradition Art. 11; ECHR Protocols 6
 * and 13; Soering v UK (1989). A bar unless binding assurances are given and can be checked.
 */
public final class RiskToLifeOnSurrender implements Flag {
    public static final String ID = "TNR-17";
    private static final Set<Incident.Tactic> LETHAL = Set.of(Incident.Tactic.EXECUTION_OR_DEATH_IN_CUSTODY,
            Incident.Tactic.ENFORCED_DISAPPEARANCE, Incident.Tactic.RELATIVE_HELD_HOSTAGE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        List<Fact> facts = new ArrayList<>();
        for (Charge ch : Readings.allCharges(c)) {
            if (ch.deathPenalty()) {
                facts.add(c.requestFact("fact.death-penalty", ch.description(), c.request().requestingState()));
            }
        }
        // people close to the case: co-accused in its proceedings and relatives of its targets
        Set<RecordId> close = new LinkedHashSet<>();
        for (Proceeding p : c.requestCase().proceedings()) {
            close.addAll(p.accused());
        }
        for (Person t : c.targets()) {
            close.addAll(c.relatives(t.id()).keySet().stream().map(Person::id).toList());
            close.remove(t.id());
        }
        Set<RecordId> seen = new LinkedHashSet<>();
        for (RecordId id : close) {
            for (Incident i : c.registry().referencing(id, Incident.class)) {
                if (LETHAL.contains(i.tactic()) && i.targets().contains(id) && c.statesBehind().containsKey(i.perpetratorState())
                        && seen.add(i.id())) {
                    facts.add(c.fact(i, "fact.lethal", i.tactic(), Readings.labelOf(c, id), i.perpetratorState(), Readings.dateOf(i), i.summary()));
                }
            }
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        if (Readings.allCharges(c).isEmpty()) {
            return new NotEvaluable(Message.of("missing.penalty"), List.of(w.ask("penalty")));
        }
        return new NotFired(Message.of("reason.risk.none"));
    }
}
