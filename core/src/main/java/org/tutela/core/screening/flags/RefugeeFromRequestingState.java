package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.screening.Fact;
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
        List<String> notes = new ArrayList<>();
        return perTarget(c, w, "status", (p, facts) -> {
            for (ProtectionStatus s : statuses(c, p)) {
                if (!s.type().isAsylum()) {
                    continue;
                }
                Country from = s.persecutingState().orElseThrow();
                if (!s.protectsOn(c.asOf())) {
                    notes.add(p.label() + "'s " + words(s.type()) + " status against " + RequestContext.name(from) + " had ended by " + c.asOf()
                            + s.endReason().map(r -> " (" + r.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")").orElse(""));
                } else if (behind.containsKey(from)) {
                    if (s.activeOn(c.asOf())) {
                        facts.add(s.granted().isPresent()
                                ? c.fact(s, "fact.status.holds.since", p.label(), s.type(), s.grantingState(), from, s.granted().get())
                                : c.fact(s, "fact.status.holds", p.label(), s.type(), s.grantingState(), from));
                    } else {
                        // naturalisation or another durable solution ends the need for the status, not the protection
                        facts.add(c.fact(s, "fact.status.survives", p.label(), s.type(), s.grantingState(), from,
                                s.ended().orElseThrow(), s.endReason().orElseThrow()));
                    }
                    facts.add(behind.get(from));
                } else {
                    notes.add(p.label() + " holds " + words(s.type()) + " status against " + RequestContext.name(from)
                            + ", which is neither the requesting state nor a state behind the request");
                }
            }
        }, () -> "no target holds an active refugee, asylum-seeker or subsidiary protection status against "
                + states(behind.keySet()) + " in the registry as of " + c.asOf() + suffix(notes));
    }
}
