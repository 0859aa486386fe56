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
        Set<RecordId> judged = new LinkedHashSet<>(c.caseIds());
        c.targets().forEach(p -> judged.add(p.id()));
        Set<RecordId> seenJudgments = new LinkedHashSet<>();
        for (RecordId id : judged) {
            for (Decision d : c.registry().referencing(id, Decision.class)) {
                if (!seenJudgments.add(d.id())) {
                    continue;
                }
                if (d.outcome() == Decision.Outcome.CONVICTED && d.inAbsentia()) {
                    facts.add(c.from(d, "conviction in absentia" + d.eventDate().map(x -> " on " + x).orElse("") + " in " + labelOf(c, d.subject())
                            + ": surrender only with a guarantee of a retrial in the person's presence"));
                }
            }
        }
        List<Attachment> testimony = c.request().attachments().stream().filter(TestimonyComparison::isTestimony).toList();
        List<String> notText = new ArrayList<>();
        for (Attachment a : testimony) {
            TextCheck.problem(a.text()).ifPresent(problem -> notText.add("'" + a.name() + "' " + problem));
        }
        for (SimilarStatements s : c.similarStatements()) {
            facts.add(c.fromRequest(String.format(Locale.ROOT,
                    "statements '%s'%s and '%s'%s share %d words in %d passages (containment %.2f, Jaccard %.2f)",
                    s.first(), s.firstAuthor().map(a -> " by " + a).orElse(""), s.second(),
                    s.secondAuthor().map(a -> " by " + a).orElse(""), s.similarity().sharedWords(),
                    s.similarity().passages().size(), s.similarity().containment(), s.similarity().jaccard())));
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        if (!notText.isEmpty()) {
            return new NotEvaluable("attachments could not be read as text: " + String.join("; ", notText), List.of(w.ask("transcript")));
        }
        long readable = testimony.size();
        if (readable < 2) {
            return new NotEvaluable("fewer than two witness statements or interrogation records are attached, so their "
                    + "wording cannot be compared", List.of(w.ask("statements")));
        }
        return new NotFired(readable + " statements compared: no two by different witnesses share their wording; no conviction in absentia recorded");
    }
}
