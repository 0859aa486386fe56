package org.tutela.core.screening;

import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RegistryView;

/**
 * The registry as the owner of a stored request may see it. A screening of a stored request (standing or
 * on demand) is derived data of that request: it reads only what the request's owner may read, so that
 * a report never carries facts from a case file its owner has no access to. The adapters know who owns
 * what (compartments); the core only asks.
 */
@FunctionalInterface
public interface OwnerView {

    /** {@code registry} restricted to what the owner of {@code request} may see. */
    RegistryView of(CooperationRequest request, RegistryView registry);

    /** Every record is the owner's: for a registry with no compartments (files, the command line's own screenings). */
    OwnerView WHOLE_REGISTRY = (request, registry) -> registry;
}
