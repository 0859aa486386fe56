package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 1: The target is a recognised refugee or asylum seeker from the requesting state, or the state behind it. */
public final class RefugeeFromRequestingState implements Flag {
    public static final String ID = "TNR-01";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        Map<Country, Fact> behind = c.statesBehind();
        List<Message> notes = new ArrayList<>();
        return perTarget(c, w, "status", (p, facts) -> {
            for (ProtectionStatus s : statuses(c, p)) {
                if (!s.type().isAsylum()) {
                    continue;
                }
                Country from = s.persecutingState().orElseThrow();
                if (!s.protectsOn(c.asOf())) {
                    notes.add(s.endReason().isPresent() ? Message.of("note.status.ended.because", p.label(), s.type(), from, c.asOf(), s.endReason().get())
                            : Message.of("note.status.ended", p.label(), s.type(), from, c.asOf()));
                } else if (behind.containsKey(from)) {
                    if (s.activeOn(c.asOf())) {
                        facts.add(s.granted().isPresent()
                                ? c.fact(s, "fact.status.holds.from", p.label(), s.type(), s.grantingState(), from, Message.since(s.granted().get()))
                                : c.fact(s, "fact.status.holds", p.label(), s.type(), s.grantingState(), from));
                    } else {
                        // naturalisation or another durable solution ends the need for the status, not the protection
                        facts.add(c.fact(s, "fact.status.survives", p.label(), s.type(), s.grantingState(), from,
                                s.ended().orElseThrow(), s.endReason().orElseThrow()));
                    }
                    facts.add(behind.get(from));
                } else {
                    notes.add(Message.of("note.status.elsewhere", p.label(), s.type(), from));
                }
            }
        }, () -> Message.of("reason.refugee.none", statesInWords(behind.keySet()), c.asOf()), notes);
    }
}
