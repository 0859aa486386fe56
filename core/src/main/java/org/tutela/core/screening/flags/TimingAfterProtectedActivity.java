package org.tutela.core.screening.flags;

import org.tutela.core.registry.ApproximateDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.Distance;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 16: Timing: the request, or a listing in the same case, follows closely on protected activity. */
public final class TimingAfterProtectedActivity implements Flag {
    public static final String ID = "TNR-16";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        long window = (long) w.parameter("window-days");
        // each move in the case, worded once the distance from the activity is known
        Map<ApproximateDate, java.util.function.LongFunction<Fact>> moves = new LinkedHashMap<>();
        Map<ApproximateDate, RecordId> anchors = new LinkedHashMap<>();
        c.requestDate().ifPresent(d -> {
            moves.put(d, days -> c.requestFact("fact.timing.request", d, days));
            anchors.put(d, c.request().id());
        });
        Set<RecordId> seen = new LinkedHashSet<>();
        for (RecordId id : c.requestCase().ids()) {
            for (Incident i : c.registry().referencing(id, Incident.class)) {
                if (CASE_MOVES.contains(i.tactic()) && c.requestCase().concerns(i) && i.eventDate().isPresent() && seen.add(i.id())) {
                    moves.putIfAbsent(i.eventDate().get(), days -> c.fact(i, "fact.timing.move", i.tactic(), i.eventDate().get(), days));
                    anchors.putIfAbsent(i.eventDate().get(), i.id());
                }
            }
        }
        if (moves.isEmpty()) {
            return new NotEvaluable(Message.of("missing.request-date"), List.of(w.ask("date")));
        }
        List<Message> notes = new ArrayList<>();
        return perTarget(c, w, "activity", (p, facts) -> {
            List<Fact> activities = protectedActivities(c, p);
            if (activities.isEmpty()) {
                notes.add(Message.of("note.no-activity", p.label()));
            }
            for (Fact activity : activities) {
                ApproximateDate start = activity.date().orElseThrow();
                moves.forEach((when, move) -> {
                    // settled when the dates leave no doubt (surely after the activity and surely within the window);
                    // a possibility, said as one with the question to ask, when they allow it and its opposite
                    Distance distance = new Distance(start, when);
                    switch (distance.daysWithin(0, window)) {
                        case SURELY -> {
                            facts.add(activity);
                            facts.add(move.apply(distance.leastDays()));
                        }
                        case POSSIBLY -> {
                            facts.add(activity);
                            facts.add(Fact.of(anchors.get(when), Message.of("fact.time.timing.possibly", when, start, window),
                                    activity.citations(), Optional.of(when)));
                        }
                        case NOT -> {
                        }
                    }
                });
            }
        }, () -> Message.of("reason.timing.none", window), notes);
    }
}
