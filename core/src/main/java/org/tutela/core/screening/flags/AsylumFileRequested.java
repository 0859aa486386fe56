package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.List;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 2: The request asks for the refugee or asylum file, or data that reveals the asylum claim. */
public final class AsylumFileRequested implements Flag {
    public static final String ID = "TNR-02";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        List<Fact> facts = new ArrayList<>();
        boolean immigrationFile = false;
        for (Measure m : c.request().measures()) {
            if (m.kind() == Measure.Kind.REFUGEE_FILE) {
                facts.add(m.description().isPresent() ? c.requestFact("fact.asks.refugee-file.described", m.description().get())
                        : c.requestFact("fact.asks.refugee-file"));
            } else if (m.description().filter(d -> ASYLUM_WORDS.matcher(d).find()).isPresent()) {
                facts.add(c.requestFact("fact.asks.measure.asylum-words", m.kind(), m.description().get()));
            } else if (m.kind() == Measure.Kind.IMMIGRATION_FILE) {
                immigrationFile = true;
            }
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        if (!immigrationFile) {
            return new NotFired(Message.of("reason.asylum-file.none"));
        }
        return perTarget(c, w, "asylum", (p, found) -> {
            for (ProtectionStatus s : statuses(c, p)) {
                if (s.type().isAsylum()) {
                    found.add(c.requestFact("fact.asks.immigration-file", p.label()));
                    found.add(c.fact(s, "fact.immigration-file.reveals", p.label(), s.type(), s.grantingState()));
                    return;
                }
            }
        }, () -> Message.of("reason.asylum-file.no-status"));
    }
}
