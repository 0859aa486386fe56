package org.tutela.core.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A question about states' record of transnational repression, asked of a view instead of reading every
 * incident of those states: of the incidents whose perpetrator is one of {@code states}, as the view
 * shows them, how many per state and which are the {@code latest} most recent. A database answers it from
 * an index, whatever the registry's size; {@link RegistryView#incidents} answers it in memory.
 *
 * <ul>
 *   <li>{@code asOf}: only what had come to be by that day counts (as {@link RegistryView#asOf} shows);
 *       views as of a date narrow it, never widen it;</li>
 *   <li>{@code notLinkedTo}: incidents linked to any of these records are left out (the request being
 *       screened is not evidence of the state's record);</li>
 *   <li>{@code except}: records a view answers for itself and the view beneath must leave out (an
 *       overlay's own versions).</li>
 * </ul>
 */
public record StateIncidents(Set<Country> states, Optional<LocalDate> asOf, Set<RecordId> notLinkedTo, Set<RecordId> except, int latest) {

    /**
     * The most recent first, by the first day each may have happened (what a database keeps beside the keys);
     * undated incidents last; by id where those days are equal.
     */
    public static final Comparator<Incident> LATEST_FIRST = Comparator
            .comparing((Incident i) -> earliest(i).orElse(LocalDate.MIN)).reversed()
            .thenComparing(Incident::id);

    /** The first day {@code record} may have happened; none when undated or open towards the past. */
    public static Optional<LocalDate> earliest(RegistryRecord record) {
        return record.eventDate().map(ApproximateDate::earliest).filter(d -> !d.equals(LocalDate.MIN));
    }

    public StateIncidents {
        states = Set.copyOf(new TreeSet<>(Fields.required("states", states)));
        asOf = Fields.optional(asOf);
        notLinkedTo = Set.copyOf(Fields.required("notLinkedTo", notLinkedTo));
        except = Set.copyOf(Fields.required("except", except));
        if (latest < 0) {
            throw new IllegalArgumentException("latest must be 0 or more, not " + latest);
        }
    }

    /** The incidents of {@code states}, leaving out those linked to {@code notLinkedTo}, with the {@code latest} most recent. */
    public static StateIncidents of(Collection<Country> states, Collection<RecordId> notLinkedTo, int latest) {
        return new StateIncidents(Set.copyOf(states), Optional.empty(), Set.copyOf(notLinkedTo), Set.of(), latest);
    }

    /** The same question as of {@code date}, or as of the earlier date it already had. */
    public StateIncidents asOf(LocalDate date) {
        LocalDate narrowest = asOf.filter(d -> d.isBefore(date)).orElse(date);
        return new StateIncidents(states, Optional.of(narrowest), notLinkedTo, except, latest);
    }

    /** The same question, leaving {@code ids} out as well. */
    public StateIncidents except(Collection<RecordId> ids) {
        Set<RecordId> all = new HashSet<>(except);
        all.addAll(ids);
        return new StateIncidents(states, asOf, notLinkedTo, all, latest);
    }

    /** The keys a database looks these incidents up by. */
    public List<RecordKey> keys() {
        return states.stream().sorted().map(RecordKey::perpetrator).toList();
    }

    /** True when {@code incident} is one this question counts. */
    public boolean counts(Incident incident) {
        return states.contains(incident.perpetratorState())
                && asOf.map(d -> AsOfView.shows(incident, d)).orElse(true)
                && incident.linked().stream().noneMatch(notLinkedTo::contains)
                && !except.contains(incident.id());
    }

    /** The answer over {@code candidates}, of which those this question counts are counted: the in-memory way. */
    public Tally answer(Collection<? extends Incident> candidates) {
        List<Incident> counted = candidates.stream().filter(this::counts).map(Incident.class::cast).sorted(LATEST_FIRST).toList();
        Map<Country, StateCount> byState = new LinkedHashMap<>();
        for (Incident i : counted) {
            byState.merge(i.perpetratorState(), new StateCount(i.perpetratorState(), 1, earliest(i)), StateCount::plus);
        }
        return Tally.of(List.copyOf(byState.values()), counted, latest);
    }

    /** How many incidents one state is recorded to have perpetrated, and the first possible day of its latest dated one. */
    public record StateCount(Country state, long count, Optional<LocalDate> latestDate) {
        public StateCount {
            Fields.required("state", state);
            latestDate = Fields.optional(latestDate);
        }

        StateCount plus(StateCount other) {
            Optional<LocalDate> later = latestDate.isEmpty() ? other.latestDate
                    : other.latestDate.filter(d -> d.isAfter(latestDate.get())).or(() -> latestDate);
            return new StateCount(state, count + other.count, later);
        }
    }

    /**
     * The answer: a count per state that has any, the state with the most recent incident first (undated
     * last, then by state code), and the latest incidents, most recent first.
     */
    public record Tally(List<StateCount> counts, List<Incident> latest) {
        private static final Comparator<StateCount> BY_LATEST = Comparator
                .comparing((StateCount s) -> s.latestDate().orElse(LocalDate.MIN)).reversed()
                .thenComparing(StateCount::state);

        public Tally {
            counts = List.copyOf(counts);
            latest = List.copyOf(latest);
        }

        public static final Tally NONE = new Tally(List.of(), List.of());

        public long total() {
            return counts.stream().mapToLong(StateCount::count).sum();
        }

        /** This answer and {@code other} (over records this one left out) as one, keeping {@code limit} latest. */
        public Tally plus(Tally other, int limit) {
            Map<Country, StateCount> byState = new LinkedHashMap<>();
            counts.forEach(s -> byState.put(s.state(), s));
            other.counts.forEach(s -> byState.merge(s.state(), s, StateCount::plus));
            List<Incident> both = new ArrayList<>(latest);
            both.addAll(other.latest);
            return of(List.copyOf(byState.values()), both, limit);
        }

        /** The answer with its counts and {@code limit} of {@code latest} in the answer's order. */
        public static Tally of(List<StateCount> counts, List<Incident> latest, int limit) {
            return new Tally(counts.stream().sorted(BY_LATEST).toList(), latest.stream().sorted(LATEST_FIRST).limit(limit).toList());
        }
    }
}
