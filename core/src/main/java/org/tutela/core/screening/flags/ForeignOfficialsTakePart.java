package org.tutela.core.screening.flags;

import java.util.List;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.requests.Condition;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 11: Officials of the requesting state take part in the execution. */
public final class ForeignOfficialsTakePart implements Flag {
    public static final String ID = "TNR-11";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        List<Fact> facts = c.request().measures().stream().filter(m -> m.kind() == Measure.Kind.FOREIGN_OFFICIALS_PRESENT)
                .map(m -> m.description().isPresent()
                        ? c.requestFact("fact.officials-present.described", c.request().requestingState(), m.description().get())
                        : c.requestFact("fact.officials-present", c.request().requestingState())).toList();
        if (facts.isEmpty()) {
            return new NotFired(Message.of("reason.officials.none"));
        }
        // the same state's officials were present before where the requested state had said they must not be
        List<Fact> all = new java.util.ArrayList<>(facts);
        List<org.tutela.core.requests.BreachFact> present = c.earlier().breaches().stream()
                .filter(b -> b.ofCondition(Condition.Kind.NO_FOREIGN_OFFICIALS_PRESENT)).toList();
        present.forEach(b -> all.add(breachFact(c, b)));
        all.addAll(c.earlier().caveats(present));
        return new Fired(all);
    }
}
