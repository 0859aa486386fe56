package org.tutela.core.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Held;
import org.tutela.core.registry.Person;

/**
 * A person's changing facts (roles, nationalities, residences) read at the request's time: the values surely
 * held then, those possibly held (their recorded dates overlap the request's, which is itself approximate),
 * each with the caveat that says so and asks when it began or ended, and none surely held only before or after.
 * A rule counts {@link #values()}; a rule that counts a possible value also reports its {@link #caveats()}, so
 * that a possibility is never counted as settled, nor dropped in silence.
 */
public record HeldAtRequest<T>(List<T> surely, Map<T, List<Fact>> possibly) {

    public HeldAtRequest {
        surely = List.copyOf(surely);
        possibly = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(possibly));
    }

    /** Reads {@code held}, facts of {@code person}, at {@code when} (the request's time); {@code what} words one value. */
    static <T> HeldAtRequest<T> read(Person person, List<Held<T>> held, ApproximateDate when, String what) {
        List<T> surely = new ArrayList<>();
        Map<T, List<Fact>> possibly = new LinkedHashMap<>();
        for (Held<T> h : held) {
            switch (h.on(when)) {
                case SURELY -> {
                    if (!surely.contains(h.value())) {
                        surely.add(h.value());
                    }
                }
                case POSSIBLY -> possibly.computeIfAbsent(h.value(), v -> new ArrayList<>()).add(caveat(person, h, when, what));
                case NOT -> {
                }
            }
        }
        surely.forEach(possibly::remove);
        return new HeldAtRequest<>(surely, possibly);
    }

    /** Surely or possibly held: what a rule counts. */
    public List<T> values() {
        List<T> all = new ArrayList<>(surely);
        possibly.keySet().stream().filter(v -> !all.contains(v)).forEach(all::add);
        return all;
    }

    public boolean isEmpty() {
        return surely.isEmpty() && possibly.isEmpty();
    }

    /** True when {@code value} was surely or possibly held. */
    public boolean holds(T value) {
        return surely.contains(value) || possibly.containsKey(value);
    }

    /** Every caveat: one for each value possibly held. */
    public List<Fact> caveats() {
        return possibly.values().stream().flatMap(List::stream).distinct().toList();
    }

    /** The caveats of the values among {@code counted}: those a rule relied on. */
    public List<Fact> caveatsFor(Collection<T> counted) {
        return counted.stream().flatMap(v -> possibly.getOrDefault(v, List.of()).stream()).distinct().toList();
    }

    /**
     * The caveat for a value possibly held: when its start may come after the request's date, the question is when
     * it began; otherwise its end may come before it, and the question is when it ended.
     */
    private static <T> Fact caveat(Person person, Held<T> h, ApproximateDate when, String what) {
        boolean mayNotHaveBegun = h.from().filter(f -> !f.surelyBy(when.earliest())).isPresent();
        String key = mayNotHaveBegun ? "fact.time.held.may-not-have-begun" : "fact.time.held.may-have-ended";
        ApproximateDate end = mayNotHaveBegun ? h.from().get() : h.until().orElseThrow();
        List<org.tutela.core.registry.Citation> citations = new ArrayList<>(person.provenance().citations());
        h.source().filter(s -> !citations.contains(s)).ifPresent(citations::add);
        return Fact.of(person.id(), Message.of(key, person.label(), Message.of(what, h.value()), end, when), citations, Optional.of(end));
    }
}
