package org.tutela.core.registry;

import java.util.Optional;
import java.util.Set;

/**
 * A record of the registry: who, what, when, and on whose word. Every record carries its
 * {@link Provenance}; every change to it is a new revision, never an overwrite.
 */
public sealed interface RegistryRecord
        permits Person, Organisation, ProtectionStatus, Relationship, Proceeding, CooperationRequest,
        Decision, Incident, Source, Claim {

    RecordId id();

    Provenance provenance();

    /** A short human label: a name, a case number, a title. */
    String label();

    /** The records this one points to; each must exist in the registry. */
    Set<RecordId> referencedIds();

    /**
     * The date the record is about: an event's own date, else the date its fact became true. Not named
     * {@code date()} so as not to shadow the {@code date} field some records have.
     */
    default Optional<ApproximateDate> eventDate() {
        return provenance().validFrom();
    }

    default RecordKind kind() {
        return RecordKind.of(this);
    }
}
