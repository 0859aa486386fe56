package org.tutela.core.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RegistryView;

/**
 * The port through which a screening learns that a person the request names may be one a federation partner
 * protects, from the partner's keyed encodings only (docs/federation.md): whom to ask, about which bulletin,
 * never a name, which this installation never received. The federation adapter answers it; a screening without
 * federation has none.
 */
@FunctionalInterface
public interface PartnerProtection {

    /** The possible matches of {@code request}'s targets, {@code view} giving the persons they are identified as. */
    List<Hit> of(CooperationRequest request, RegistryView view);

    /** No federation: the command line's intake files without a data directory, tests of other flags. */
    PartnerProtection NONE = (request, view) -> List.of();

    /**
     * One possible match: the name as the request wrote it, the partner and sharing group it came from, the
     * bulletin, the status as the partner shared it, how close the encodings are, and the day it was received
     * (a screening as of an earlier day does not know it).
     */
    record Hit(String asWritten, String partner, String group, String bulletin, ProtectionStatus.Type type, Country grantingState,
               Optional<Country> persecutingState, double similarity, LocalDate received) {
        public Hit {
            java.util.Objects.requireNonNull(asWritten, "asWritten");
            java.util.Objects.requireNonNull(partner, "partner");
            java.util.Objects.requireNonNull(group, "group");
            java.util.Objects.requireNonNull(bulletin, "bulletin");
            java.util.Objects.requireNonNull(type, "type");
            java.util.Objects.requireNonNull(grantingState, "grantingState");
            persecutingState = persecutingState == null ? Optional.empty() : persecutingState;
            java.util.Objects.requireNonNull(received, "received");
        }
    }
}
