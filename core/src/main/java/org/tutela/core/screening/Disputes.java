package org.tutela.core.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.Claim;
import org.tutela.core.registry.Conflict;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Source;
import org.tutela.core.screening.flags.Readings;

/**
 * Where a record a flag relies on is uncertain — the sources disagree about it (the date of a finding,
 * the year of a status), or someone contests it (a status the persecuting state disputes, an asylum
 * claim under appeal) — the report says so next to the fact, each value with its source or the dispute
 * with the question that would settle it: an uncertain fact is shown as a possibility, never as the one
 * value the registry happened to keep, and never dropped.
 */
final class Disputes {
    private Disputes() {
    }

    /** {@code outcome}, with a "sources differ" fact after the facts of each record the sources disagree about. */
    static Outcome annotate(Outcome outcome, RequestContext c) {
        if (!(outcome instanceof Outcome.Fired fired)) {
            return outcome;
        }
        List<Fact> facts = new ArrayList<>();
        Set<RecordId> done = new LinkedHashSet<>();
        for (Fact f : fired.facts()) {
            facts.add(f);
        }
        for (Fact f : fired.facts()) {
            if (done.add(f.record())) {
                facts.addAll(about(f.record(), c));
            }
        }
        return facts.size() == fired.facts().size() ? outcome : new Outcome.Fired(facts);
    }

    static List<Fact> about(RecordId record, RequestContext c) {
        List<Fact> facts = new ArrayList<>();
        // a status a state or an authority contests: a possibility, with the dispute and the question that settles it
        c.registry().get(record, org.tutela.core.registry.ProtectionStatus.class).flatMap(s -> s.disputed().map(d -> d.question().isPresent()
                ? c.fact(s, "fact.disputed", Readings.labelOf(c, record), d.by(), d.ground(), d.question().get())
                : c.fact(s, "fact.disputed.ask", Readings.labelOf(c, record), d.by(), d.ground()))).ifPresent(facts::add);
        List<Claim> claims = c.registry().referencing(record, Claim.class).stream().filter(k -> k.subject().equals(record)).toList();
        for (Conflict conflict : Conflict.among(claims)) {
            List<Citation> citations = new ArrayList<>();
            conflict.claims().forEach(k -> k.provenance().citations().stream().filter(x -> !citations.contains(x)).forEach(citations::add));
            String values = conflict.claims().stream().map(k -> k.value() + " (" + k.provenance().citations().stream()
                    .map(x -> c.registry().get(x.source(), Source.class).map(Source::title).orElse(x.source().value()))
                    .distinct().collect(Collectors.joining(", ")) + ")").distinct().collect(Collectors.joining("; "));
            facts.add(Fact.of(record, Message.of("fact.sources-differ", Readings.labelOf(c, record), conflict.property(), values),
                    citations, c.registry().get(record).flatMap(r -> r.eventDate())));
        }
        return facts;
    }
}
