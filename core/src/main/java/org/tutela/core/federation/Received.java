package org.tutela.core.federation;

import java.util.Optional;

/** The port to what this installation has already accepted, which replay protection and retractions ask. */
public interface Received {

    /** The issuer of the accepted bulletin {@code id}, if one was accepted. */
    Optional<String> issuerOf(String bulletinId);

    /** True when a bulletin with this sequence number from this issuer was accepted. */
    boolean hasSequence(String issuer, long sequence);
}
