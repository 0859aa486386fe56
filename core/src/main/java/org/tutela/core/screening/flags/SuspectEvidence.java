package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tutela.core.registry.CooperationRequest.Attachment;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import org.tutela.core.screening.testimony.SimilarStatements;
import org.tutela.core.screening.testimony.TestimonyComparison;
import org.tutela.core.screening.testimony.TextCheck;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 14: Suspect evidence: near-identical testimony across witnesses, convictions in absentia. */
public final class SuspectEvidence implements Flag {
    public static final String ID = "TNR-14";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        List<Fact> facts = new ArrayList<>();
        Set<RecordId> judged = new LinkedHashSet<>(c.requestCase().ids());
        c.targets().forEach(p -> judged.add(p.id()));
        Set<RecordId> seenJudgments = new LinkedHashSet<>();
        for (RecordId id : judged) {
            for (Decision d : c.registry().referencing(id, Decision.class)) {
                if (!seenJudgments.add(d.id())) {
                    continue;
                }
                if (d.outcome() == Decision.Outcome.CONVICTED && d.inAbsentia()) {
                    facts.add(c.fact(d, "fact.in-absentia", dateOf(d), labelOf(c, d.subject())));
                }
            }
        }
        List<Attachment> testimony = c.request().attachments().stream().filter(TestimonyComparison::isTestimony).toList();
        List<Message> notText = new ArrayList<>();
        for (Attachment a : testimony) {
            TextCheck.problem(a.text()).ifPresent(problem -> notText.add(Message.of("note.attachment", a.name(), problem)));
        }
        for (SimilarStatements s : c.similarStatements()) {
            facts.add(c.requestFact("fact.similar-statements", s.first(), s.firstAuthor().<Object>map(a -> a).orElse(NOT_RECORDED),
                    s.second(), s.secondAuthor().<Object>map(a -> a).orElse(NOT_RECORDED), s.similarity().sharedWords(),
                    s.similarity().passages().size(), String.format(Locale.ROOT, "%.2f", s.similarity().containment()),
                    String.format(Locale.ROOT, "%.2f", s.similarity().jaccard())));
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        if (!notText.isEmpty()) {
            return new NotEvaluable(Message.of("missing.attachments-not-text"), notText, List.of(w.ask("transcript")));
        }
        long readable = testimony.size();
        if (readable < 2) {
            return new NotEvaluable(Message.of("missing.statements"), List.of(w.ask("statements")));
        }
        return new NotFired(Message.of("reason.evidence.none", readable));
    }
}
