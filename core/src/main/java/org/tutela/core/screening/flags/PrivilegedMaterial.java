package org.tutela.core.screening.flags;

import java.util.List;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 9: Privileged material at stake: search or seizure against a lawyer. */
public final class PrivilegedMaterial implements Flag {
    public static final String ID = "TNR-09";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        List<Measure> intrusive = c.request().measures().stream().filter(m -> INTRUSIVE_ON_PRIVILEGE.contains(m.kind())).toList();
        if (intrusive.isEmpty()) {
            return new NotFired(Message.of("reason.privilege.no-measure"));
        }
        return perTarget(c, w, "lawyer", (p, facts) -> {
            if (isLawyer(c, p)) {
                facts.add(c.fact(p, "fact.lawyer", p.label()));
                facts.addAll(lawyerCaveats(c, p));
                intrusive.forEach(m -> facts.add(m.description().isPresent()
                        ? c.requestFact("fact.asks.measure.described", m.kind(), m.description().get())
                        : c.requestFact("fact.asks.measure", m.kind())));
            }
        }, () -> Message.of("reason.privilege.no-lawyer"));
    }
}
