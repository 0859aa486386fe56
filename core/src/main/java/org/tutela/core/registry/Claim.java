package org.tutela.core.registry;

import java.util.Set;

/**
 * One source's statement of the value of one property of a record ("the opinion was adopted on
 * 20 November 2018"). Where sources disagree, every claim stays, side by side: the registry shows a
 * {@link Conflict}, it never picks silently.
 */
public record Claim(RecordId id, RecordId subject, String property, String value, Provenance provenance)
        implements RegistryRecord {

    public Claim {
        Fields.required("id", id);
        Fields.required("subject", subject);
        property = Fields.text("property", property);
        value = Fields.text("value", value);
        Fields.required("provenance", provenance);
        if (provenance.citations().isEmpty()) {
            throw InvalidRecordException.of("provenance.citations", "problem.claim.source");
        }
    }

    @Override
    public String label() {
        return property + " = " + value;
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance, subject);
    }
}
