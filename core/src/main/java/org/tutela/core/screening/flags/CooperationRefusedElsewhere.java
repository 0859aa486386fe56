package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Person;
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

/** Flag 5: Another jurisdiction refused or annulled cooperation, or INTERPOL deleted a notice, on political grounds. */
public final class CooperationRefusedElsewhere implements Flag {
    public static final String ID = "TNR-05";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        if (c.requestCase().proceedings().isEmpty() && c.targets().isEmpty()) {
            return new NotEvaluable(Message.of("missing.refusals.nothing-identified"), List.of(w.ask("refusals")));
        }
        Set<RecordId> about = new LinkedHashSet<>(c.requestCase().ids());
        for (Person p : c.targets()) {
            about.add(p.id());
            c.registry().referencing(p.id(), CooperationRequest.class).forEach(r -> about.add(r.id()));
        }
        about.remove(c.request().id());
        List<Fact> facts = new ArrayList<>();
        Set<RecordId> seen = new LinkedHashSet<>();
        Set<RecordId> targets = c.targets().stream().map(Person::id).collect(Collectors.toSet());
        for (RecordId id : about) {
            for (Decision d : c.registry().referencing(id, Decision.class)) {
                boolean concerns = about.contains(d.subject()) || d.concerning().stream().anyMatch(targets::contains);
                boolean political = d.grounds().stream().anyMatch(Decision.Ground::political);
                // a notice deleted, withdrawn or refused by INTERPOL with no published grounds
                boolean deletedUnstated = d.grounds().isEmpty() && (d.outcome() == Decision.Outcome.NOTICE_DELETED
                        || (d.outcome() == Decision.Outcome.WITHDRAWN || d.outcome() == Decision.Outcome.REFUSED) && isNotice(c, d.subject()));
                if (concerns && deletedUnstated && seen.add(d.id())) {
                    // INTERPOL rarely publishes its grounds: a deletion counts as a possibility, with the question it raises
                    facts.add(decisionFact(c, d, "fact.notice.ended.unstated", d.outcome(), dateOf(d), bodyOf(c, d), labelOf(c, d.subject())));
                    continue;
                }
                if (concerns && political && d.outcome().isRefusal() && !d.subject().equals(c.request().id()) && seen.add(d.id())) {
                    facts.add(decisionFact(c, d, "fact.refusal", d.outcome(), dateOf(d), bodyOf(c, d), labelOf(c, d.subject()),
                            d.grounds().stream().filter(Decision.Ground::political).toList()));
                }
            }
        }
        // a decision about this very request: a court finding it political, INTERPOL deleting the notice it is
        for (Decision d : c.registry().referencing(c.request().id(), Decision.class)) {
            if (!d.subject().equals(c.request().id()) || !seen.add(d.id())) {
                continue;
            }
            boolean political = d.grounds().stream().anyMatch(Decision.Ground::political);
            boolean grave = d.outcome().isRefusal() || d.outcome() == Decision.Outcome.FINDING || d.outcome() == Decision.Outcome.WITHDRAWN;
            if (political && grave) {
                facts.add(decisionFact(c, d, "fact.this-request.decision", d.outcome(), dateOf(d), bodyOf(c, d),
                        d.grounds().stream().filter(Decision.Ground::political).toList()));
            } else if (d.grounds().isEmpty() && (d.outcome() == Decision.Outcome.NOTICE_DELETED || d.outcome() == Decision.Outcome.WITHDRAWN)) {
                facts.add(c.fact(d, "fact.this-request.ended.unstated", d.outcome(), dateOf(d), bodyOf(c, d)));
            }
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        if (!c.unidentifiedTargets().isEmpty()) {
            return new NotEvaluable(Message.of("missing.refusals.identity", c.unidentifiedNames()), List.of(w.ask("refusals")));
        }
        return new NotFired(c.requestCase().proceedings().isEmpty() ? Message.of("reason.refusals.none", c.asOf())
                : Message.of("reason.refusals.none.case", c.requestCase().labels(), c.asOf()));
    }
}
