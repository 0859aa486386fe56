package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 7: The complainant is controlled by the requesting regime, or the dispute is private. */
public final class StateControlledOrPrivateVictim implements Flag {
    public static final String ID = "TNR-07";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        Set<Country> behind = c.statesBehind().keySet();
        List<Fact> facts = new ArrayList<>();
        for (Organisation o : c.requestCase().complainantOrganisations()) {
            if (!o.type().isStateBody() && o.controllingState().filter(behind::contains).isPresent()) {
                facts.add(c.fact(o, "fact.complainant.controlled", o.name(), o.type(), o.controllingState().get()));
            }
        }
        for (RecordId id : c.requestCase().ids()) {
            for (Decision d : c.registry().referencing(id, Decision.class)) {
                if (d.grounds().contains(Decision.Ground.PRIVATE_DISPUTE) && c.requestCase().ids().contains(d.subject())) {
                    facts.add(c.fact(d, "fact.private-dispute", labelOf(c, d.subject()), bodyOf(c, d), dateOf(d)));
                }
            }
        }
        for (Proceeding p : c.requestCase().proceedings()) {
            if (p.type() == Proceeding.Type.CIVIL) {
                facts.add(c.fact(p, "fact.civil-case", p.label()));
            }
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        List<RecordId> unknown = c.requestCase().complainantIds().stream().filter(id -> c.registry().get(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            return new NotEvaluable(Message.of("missing.complainants", unknown.size(),
                    unknown.stream().map(RecordId::value).collect(java.util.stream.Collectors.joining(", "))), List.of(w.ask("injured-party")));
        }
        boolean needsVictim = allCharges(c).stream().anyMatch(ch -> WITH_INJURED_PARTY.contains(ch.category()));
        if (c.requestCase().complainantIds().isEmpty() && needsVictim) {
            return new NotEvaluable(Message.of("missing.injured-party"), List.of(w.ask("injured-party")));
        }
        return new NotFired(c.requestCase().complainantIds().isEmpty() ? Message.of("reason.victim.none")
                : Message.of("reason.victim.not-controlled", statesInWords(behind)));
    }
}
