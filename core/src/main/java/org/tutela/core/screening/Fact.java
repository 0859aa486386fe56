package org.tutela.core.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.RecordId;

/**
 * One fact that made a flag fire: the record it comes from (the request itself, or a registry record),
 * what it says, the sources backing it, and the date it is about.
 */
public record Fact(RecordId record, String statement, List<Citation> citations, Optional<LocalDate> date) {
    public Fact {
        citations = List.copyOf(citations);
        date = date == null ? Optional.empty() : date;
    }
}
