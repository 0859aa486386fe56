package org.tutela.core.screening;

import java.util.List;
import org.tutela.core.names.BirthDate;
import org.tutela.core.names.MatchSubject;
import org.tutela.core.names.NameInputException;
import org.tutela.core.names.NameMatch;
import org.tutela.core.names.NameMatcher;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RegistryView;

/**
 * Identifies a person named in a request with persons of the registry. The name matcher implements
 * it across scripts; {@link #recorded()} takes only what a reviewer already resolved in the request.
 */
@FunctionalInterface
public interface PersonResolver {

    /** The candidates for {@code named}, best first; empty when nobody in the registry fits. */
    List<Resolution> resolve(NamedPerson named, RegistryView registry);

    /**
     * The identity the request already records, confirmed, followed by {@code matcher}'s other
     * candidates; only the matcher's candidates when the request records none. A reviewer confirms a
     * candidate by recording it in the request (or by a resolver that returns it CONFIRMED).
     */
    static PersonResolver recordedThen(PersonResolver matcher) {
        PersonResolver recorded = recorded();
        return (named, registry) -> {
            List<Resolution> found = new java.util.ArrayList<>(recorded.resolve(named, registry));
            for (Resolution r : matcher.resolve(named, registry)) {
                if (found.stream().noneMatch(f -> f.person().equals(r.person()))) {
                    found.add(r);
                }
            }
            return List.copyOf(found);
        };
    }

    /**
     * This resolver's candidates followed by {@code other}'s for persons it did not suggest: e.g. the
     * stored registry's index, then the persons that came inside an intake, which no index holds.
     */
    default PersonResolver also(PersonResolver other) {
        PersonResolver self = this;
        return (named, registry) -> {
            List<Resolution> found = new java.util.ArrayList<>(self.resolve(named, registry));
            for (Resolution r : other.resolve(named, registry)) {
                if (found.stream().noneMatch(f -> f.person().equals(r.person()))) {
                    found.add(r);
                }
            }
            found.sort(java.util.Comparator.comparing((Resolution r) -> r.status() != Resolution.Status.CONFIRMED)
                    .thenComparing(Resolution::score, java.util.Comparator.reverseOrder()));
            return List.copyOf(found);
        };
    }

    /**
     * Suggests, among {@code persons} only, those whose names the matcher finds close enough: the
     * persons supplied inside an intake, which the stored registry's name index has never seen.
     */
    static PersonResolver among(java.util.Collection<Person> persons, NameMatcher matcher) {
        List<Person> candidates = List.copyOf(persons);
        return (named, registry) -> {
            List<Resolution> out = new java.util.ArrayList<>();
            MatchSubject query;
            try {
                query = new MatchSubject(List.of(named.asWritten()), named.birthDate().flatMap(BirthDate::from),
                        java.util.Optional.empty(), java.util.Set.of());
            } catch (NameInputException e) {
                return List.of();
            }
            for (Person p : candidates) {
                try {
                    NameMatch m = matcher.compare(query, MatchSubject.of(p));
                    if (m.isMatch() && registry.get(p.id()).isPresent()) {
                        out.add(new Resolution(p.id(), Math.min(1.0, m.score()), m.explain(), Resolution.Status.SUGGESTED));
                    }
                } catch (NameInputException e) {
                    // a name the matcher cannot read is no candidate
                }
            }
            out.sort(java.util.Comparator.comparing(Resolution::score).reversed());
            return List.copyOf(out);
        };
    }

    /** Takes a named person's already-resolved {@code person} id as confirmed, and guesses nothing. */
    static PersonResolver recorded() {
        return (named, registry) -> named.person()
                .map(id -> {
                    boolean present = registry.get(id).isPresent();
                    return List.of(new Resolution(id, 1.0,
                            present ? "resolved by a reviewer in the request"
                                    : "resolved by a reviewer in the request, but not in the registry on the screening date",
                            Resolution.Status.CONFIRMED,
                            List.of(Message.of(present ? "names.match.reviewer" : "names.match.reviewer.absent"))));
                })
                .orElse(List.of());
    }
}
