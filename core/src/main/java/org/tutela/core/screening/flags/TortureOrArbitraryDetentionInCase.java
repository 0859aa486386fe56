package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tutela.core.registry.Decision;
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

/** Flag 3: The same case has produced torture or arbitrary detention of co-accused or relatives. */
public final class TortureOrArbitraryDetentionInCase implements Flag {
    public static final String ID = "TNR-03";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        List<Proceeding> proceedings = c.requestCase().proceedings();
        if (proceedings.isEmpty()) {
            // a case the registry does not hold has no recorded findings; a request that cites no case cannot be checked at all
            return c.requestCase().isCited() ? new NotFired(Message.of("reason.findings.case-unknown", c.requestCase().citedAs(), c.asOf()))
                    : new NotEvaluable(Message.of("missing.case-number.findings"), List.of(w.ask("case")));
        }
        Set<RecordId> subjects = new LinkedHashSet<>(c.requestCase().ids());
        proceedings.forEach(p -> subjects.addAll(p.accused()));
        List<Fact> facts = new ArrayList<>();
        Set<RecordId> seen = new LinkedHashSet<>();
        for (RecordId subject : subjects) {
            for (Decision d : c.registry().referencing(subject, Decision.class)) {
                boolean aboutCase = subjects.contains(d.subject());
                boolean grave = d.grounds().contains(Decision.Ground.TORTURE) || d.grounds().contains(Decision.Ground.ARBITRARY_DETENTION);
                if (aboutCase && grave && d.outcome() == Decision.Outcome.FINDING && seen.add(d.id())) {
                    Object whom = d.concerning().isEmpty() ? labelOf(c, d.subject()) : Readings.labelsOf(c, d.concerning());
                    Object where = proceedings.stream()
                            .filter(p -> p.id().equals(d.subject()) || p.accused().contains(d.subject())
                                    || d.concerning().stream().anyMatch(p.accused()::contains))
                            .<Object>map(Proceeding::label).findFirst().orElseGet(() -> labelOf(c, d.subject()));
                    boolean torture = d.grounds().contains(Decision.Ground.TORTURE);
                    boolean arbitrary = d.grounds().contains(Decision.Ground.ARBITRARY_DETENTION);
                    String kind = torture && arbitrary ? "both" : torture ? "torture" : "arbitrary";
                    facts.add(decisionFact(c, d, "fact.finding." + kind, bodyOf(c, d), whom, where));
                }
            }
        }
        return facts.isEmpty() ? new NotFired(Message.of("reason.findings.none", c.requestCase().labels(), c.asOf())) : new Fired(facts);
    }
}
