package org.tutela.core.patterns;

import org.tutela.core.registry.ApproximateDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;

/** One record behind a finding, the part it plays, the sources it rests on and the date it is about. */
public record Evidence(RecordId record, Part part, List<Citation> citations, Optional<ApproximateDate> date) {
    public Evidence {
        if (record == null || part == null) {
            throw new IllegalArgumentException("evidence needs a record and a part");
        }
        citations = List.copyOf(citations);
        date = date == null ? Optional.empty() : date;
    }

    public static Evidence of(RegistryRecord record, Part part) {
        return new Evidence(record.id(), part, record.provenance().citations(), record.eventDate());
    }
}
