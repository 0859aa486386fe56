package org.tutela.core.screening;

import java.util.List;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.requests.BreachFact;

/**
 * The port through which a screening reads the breaches recorded in other requests' files (conditions
 * and assurances breached, disclosures made under a hold or without a decision). The screening asks only
 * about requests it found in the registry view it screens with, which for a stored request is its
 * owner's view ({@link OwnerView}): a breach on a request the owner may not see does not exist for it.
 */
@FunctionalInterface
public interface BreachRecord {

    /** The breaches recorded in the file of {@code request}, in the order of its entries; empty when it has no file. */
    List<BreachFact> of(CooperationRequest request);

    /** No workflow: files, the command line's own screenings, tests of other flags. */
    BreachRecord NONE = request -> List.of();
}
