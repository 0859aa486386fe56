package org.tutela.core.screening;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.RecordId;

/** A person as the request names them, and the candidates the resolver found in the registry. */
public record Identification(NamedPerson named, List<Resolution> candidates) {

    public Identification {
        candidates = List.copyOf(candidates);
    }

    /** The confirmed identity, if a reviewer (or the request itself) settled it. */
    public Optional<RecordId> confirmed() {
        return candidates.stream().filter(r -> r.status() == Resolution.Status.CONFIRMED)
                .max(Comparator.comparingDouble(Resolution::score)).map(Resolution::person);
    }

    /** Candidates still awaiting a reviewer. */
    public List<Resolution> suggested() {
        return candidates.stream().filter(r -> r.status() == Resolution.Status.SUGGESTED).toList();
    }

    public boolean isTarget() {
        return named.role() == NamedPerson.Role.TARGET;
    }
}
