package org.tutela.core.screening;

import java.util.List;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
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

    /** Takes a named person's already-resolved {@code person} id as confirmed, and guesses nothing. */
    static PersonResolver recorded() {
        return (named, registry) -> named.person()
                .map(id -> List.of(new Resolution(id, 1.0,
                        registry.get(id).isPresent() ? "resolved by a reviewer in the request"
                                : "resolved by a reviewer in the request, but not in the registry on the screening date",
                        Resolution.Status.CONFIRMED)))
                .orElse(List.of());
    }
}
