package org.tutela.core.registry;

import java.util.Optional;
import java.util.Set;

/**
 * A tie between two persons or organisations. Direction matters where the kind says so:
 * LAWYER_CLIENT runs lawyer to client; EMPLOYMENT employee to employer; CONTROL controller to
 * controlled; PROXY_OF proxy to principal; FAMILY and ASSOCIATE read both ways.
 */
public record Relationship(RecordId id, Type type, RecordId from, RecordId to, Optional<String> detail,
                           Provenance provenance) implements RegistryRecord {

    public enum Type {
        FAMILY, LAWYER_CLIENT, ASSOCIATE, EMPLOYMENT, CONTROL, PROXY_OF, MEMBERSHIP;

        public boolean symmetric() {
            return this == FAMILY || this == ASSOCIATE;
        }
    }

    public Relationship {
        Fields.required("id", id);
        Fields.required("type", type);
        Fields.required("from", from);
        Fields.required("to", to);
        if (from.equals(to)) {
            throw InvalidRecordException.of("to", "problem.two-parties");
        }
        detail = Fields.optionalText("detail", detail);
        provenance = provenance == null ? Provenance.none() : provenance;
    }

    /** The other party, seen from {@code party}; empty if {@code party} is not in the relationship. */
    public Optional<RecordId> other(RecordId party) {
        if (from.equals(party)) {
            return Optional.of(to);
        }
        return to.equals(party) ? Optional.of(from) : Optional.empty();
    }

    @Override
    public String label() {
        return type + detail.map(d -> " (" + d + ")").orElse("") + ": " + from + " → " + to;
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance, from, to);
    }
}
