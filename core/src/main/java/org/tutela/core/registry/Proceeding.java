package org.tutela.core.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A criminal, civil or administrative case in one state, by its case number. The same case number
 * behind a detention, a request and a complaint is what ties a pattern together.
 */
public record Proceeding(RecordId id, Country state, String caseNumber, Type type, Optional<RecordId> authority,
                         List<Charge> charges, List<RecordId> accused, List<RecordId> complainants,
                         Optional<ApproximateDate> opened, Status status, List<RecordId> related, Optional<String> notes,
                         Provenance provenance) implements RegistryRecord {

    public enum Type { CRIMINAL, CIVIL, ADMINISTRATIVE, CIVIL_PARTY_COMPLAINT }

    public enum Status { OPEN, SUSPENDED, DISMISSED, CONVICTED, ACQUITTED, CLOSED, UNKNOWN }

    public Proceeding {
        Fields.required("id", id);
        Fields.required("state", state);
        caseNumber = Fields.text("caseNumber", caseNumber);
        type = type == null ? Type.CRIMINAL : type;
        authority = Fields.optional(authority);
        charges = Fields.list("charges", charges);
        accused = Fields.list("accused", accused);
        complainants = Fields.list("complainants", complainants);
        opened = Fields.pastDate("opened", opened);
        status = status == null ? Status.UNKNOWN : status;
        related = Fields.list("related", related);
        notes = Fields.optionalText("notes", notes);
        provenance = provenance == null ? Provenance.none() : provenance;
    }

    @Override
    public Optional<ApproximateDate> eventDate() {
        return opened.or(provenance::validFrom);
    }

    @Override
    public String label() {
        return state + " case " + caseNumber;
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance, authority, accused, complainants, related);
    }
}
