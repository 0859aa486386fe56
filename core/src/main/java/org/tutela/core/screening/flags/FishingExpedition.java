package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.List;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 10: Fishing expedition: open-ended measures, no precise offence or facts. */
public final class FishingExpedition implements Flag {
    public static final String ID = "TNR-10";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        List<Fact> facts = new ArrayList<>();
        c.request().measures().stream().filter(m -> m.scope() == Measure.Scope.OPEN_ENDED)
                .forEach(m -> facts.add(m.description().isPresent() ? c.requestFact("fact.open-ended.described", m.kind(), m.description().get())
                        : c.requestFact("fact.open-ended", m.kind())));
        if (c.request().offences().isEmpty()) {
            facts.add(c.requestFact("fact.no-offence"));
        }
        if (c.request().allegedFacts().isEmpty()) {
            facts.add(c.requestFact("fact.no-facts"));
        }
        long persons = c.request().persons().size();
        double many = w.parameter("max-targets");
        if (c.request().persons().stream().filter(p -> p.role() == CooperationRequest.NamedPerson.Role.TARGET).count() > many) {
            facts.add(c.requestFact("fact.many-persons", persons));
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        List<Measure> unspecified = c.request().measures().stream().filter(m -> m.scope() == Measure.Scope.UNSPECIFIED).toList();
        if (!unspecified.isEmpty()) {
            return new NotEvaluable(Message.of("missing.scope", unspecified.stream().map(Measure::kind).distinct().toList()),
                    List.of(w.ask("scope")));
        }
        return new NotFired(Message.of("reason.fishing.none"));
    }
}
