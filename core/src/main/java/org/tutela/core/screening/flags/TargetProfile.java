package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.List;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 8: The target's profile: opposition, journalist, defender, or lawyer of regime opponents. */
public final class TargetProfile implements Flag {
    public static final String ID = "TNR-08";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        List<Message> notes = new ArrayList<>();
        return perTarget(c, w, "profile", (p, facts) -> {
            facts.addAll(profile(c, p));
            // a profile shown by the charge itself: the person is prosecuted for a protected activity
            List<Fact> punishing = punishesActivity(c);
            if (!punishing.isEmpty()) {
                facts.addAll(punishing);
            }
            List<org.tutela.core.registry.Person.Role> held = c.time().roles(p).values();
            if (facts.isEmpty() && !held.isEmpty()) {
                notes.add(Message.of("note.roles", p.label(), held));
            }
        }, () -> Message.of("reason.profile.none"), notes);
    }
}
