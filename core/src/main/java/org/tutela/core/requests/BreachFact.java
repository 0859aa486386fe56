package org.tutela.core.requests;

import java.time.LocalDate;
import java.util.List;
import org.tutela.core.registry.RecordId;

/**
 * A breach as a fact later screenings can see: which request, concerning whom, what was breached (a
 * condition's kind or a hold's), on which day, and the entry of the file that records it.
 */
public record BreachFact(RecordId request, List<RecordId> concerning, String what, LocalDate on, int entry) {
    public BreachFact {
        concerning = List.copyOf(concerning);
    }
}
