package org.tutela.core.screening;

import java.time.LocalDate;
import java.util.Optional;
import org.tutela.core.registry.RecordId;
import org.tutela.core.requests.Condition;
import org.tutela.core.registry.Country;

/**
 * A breach of a condition or assurance that a federation partner reported in a signed bulletin: by which state, of
 * which condition (the partner's own terms beside it when they are not one of ours), on which day, from which
 * partner. {@code source} is the registry record the bulletin became ("bulletin B from partner P, signed by key K,
 * received at T"): a breach whose source the owner's view does not show does not exist for its screenings.
 */
public record ReportedBreach(RecordId source, Country state, String partner, Condition.Kind condition, Optional<String> terms,
                             LocalDate on) {
    public ReportedBreach {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(state, "state");
        java.util.Objects.requireNonNull(partner, "partner");
        java.util.Objects.requireNonNull(condition, "condition");
        terms = terms == null ? Optional.empty() : terms;
        java.util.Objects.requireNonNull(on, "on");
    }
}
