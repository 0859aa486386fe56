package org.tutela.core.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Source;
import org.tutela.core.requests.BreachFact;
import org.tutela.core.requests.Evidence;

/**
 * What the states sending a request (the requesting state, and the state it acts for) did with the
 * requests they sent before it: breaches in those requests' files, and breaches federation partners
 * reported, each only as the registry view shows the records behind it.
 */
public final class EarlierBreaches {
    private final CooperationRequest request;
    private final RegistryView registry;
    private final LocalDate asOf;
    private final BreachRecord breachRecord;
    private final RequestTime time;
    private List<BreachFact> breaches;
    private List<ReportedBreach> reported;

    /** {@code registry} must already be the view as of {@code asOf}; {@code breaches} is asked only about requests it shows. */
    public EarlierBreaches(CooperationRequest request, RegistryView registry, LocalDate asOf, BreachRecord breaches) {
        this.request = request;
        this.registry = registry;
        this.asOf = asOf;
        this.breachRecord = java.util.Objects.requireNonNull(breaches, "breaches");
        this.time = new RequestTime(request, asOf);
    }

    /**
     * The breaches of conditions, assurances and holds on the earlier requests of the sending states: never
     * this request, never a request dated after it (or undated), never a breach after the screening date.
     * Oldest first.
     */
    public List<BreachFact> breaches() {
        if (breaches == null) {
            Set<Country> states = senders();
            // an earlier request counts if it may have come by this one's last possible day; one whose dates leave the
            // order open counts as a possibility, with the caveat the flags add (caveats)
            LocalDate until = request.eventDate().map(ApproximateDate::latest).orElse(asOf);
            breaches = breachRecord.filed(registry, states).stream()
                    .filter(r -> !r.id().equals(request.id()) && states.contains(r.requestingState()))
                    .filter(r -> r.eventDate().filter(d -> d.possiblyBy(until) && (d.surelyBy(until) || request.eventDate().isPresent())).isPresent())
                    .flatMap(r -> breachRecord.of(r).stream())
                    .filter(b -> !b.on().isAfter(asOf))
                    .sorted(Comparator.comparing(BreachFact::on)
                            .thenComparing(b -> b.request().value()).thenComparingInt(BreachFact::entry))
                    .toList();
        }
        return breaches;
    }

    /**
     * For the breaches among {@code among} on a request whose dates leave open whether it came before this one
     * (both known only to the month or the year), the fact that says so and asks for the exact date: one a request.
     */
    public List<Fact> caveats(Collection<BreachFact> among) {
        return among.stream().map(BreachFact::request).distinct()
                .flatMap(id -> registry.get(id).stream()).flatMap(r -> time.possiblyAfter(r).stream()).toList();
    }

    /**
     * The breaches federation partners reported about the sending states, as the registry view shows the records
     * the bulletins became: none after the request's date (or the screening date, for an undated request). Oldest first.
     */
    public List<ReportedBreach> reported() {
        if (reported == null) {
            Set<Country> states = senders();
            // breaches surely before the request's last possible day, never after the screening date
            LocalDate until = request.eventDate().map(ApproximateDate::latest).filter(d -> d.isBefore(asOf)).orElse(asOf);
            reported = breachRecord.reported(Set.copyOf(states), registry).stream()
                    .filter(b -> states.contains(b.state()) && !b.on().isAfter(until))
                    .sorted(Comparator.comparing(ReportedBreach::on).thenComparing(b -> b.source().value()))
                    .toList();
        }
        return reported;
    }

    /**
     * A breach as a fact of the request it happened on, worded by {@code key} with {@code args}; its sources
     * are the sources the breach's evidence cites, and those of the records it names, as this view shows them.
     */
    public Fact fact(BreachFact breach, String key, Object... args) {
        List<Citation> citations = new ArrayList<>();
        registry.get(breach.request()).ifPresent(r -> citations.addAll(r.provenance().citations()));
        for (Evidence e : breach.evidence()) {
            e.record().flatMap(registry::get).ifPresent(r -> {
                List<Citation> more = r instanceof Source ? List.of(Citation.of(r.id(), e.note())) : r.provenance().citations();
                more.stream().filter(c -> !citations.contains(c)).forEach(citations::add);
            });
        }
        return Fact.of(breach.request(), Message.of(key, args), citations, Optional.of(ApproximateDate.of(breach.on())));
    }

    private Set<Country> senders() {
        Set<Country> states = new LinkedHashSet<>();
        states.add(request.requestingState());
        request.onBehalfOf().ifPresent(states::add);
        return states;
    }
}
