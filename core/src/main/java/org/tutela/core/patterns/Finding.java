package org.tutela.core.patterns;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.RecordId;

/**
 * A pattern a detector found: which detector ({@code pattern.<detector>.*} in the bundles words it),
 * the record it is anchored on (a case, a person, an organisation, a request), the states involved, and
 * the records behind it with their sources, oldest first. No sentence is kept here.
 */
public record Finding(String detector, RecordId anchor, List<Country> states, List<Evidence> evidence) {
    private static final Comparator<Evidence> CHRONOLOGY = Comparator
            .comparing((Evidence e) -> e.date().map(org.tutela.core.registry.ApproximateDate::earliest).orElse(java.time.LocalDate.MAX))
            .thenComparing(e -> e.record().value());

    public Finding {
        if (detector == null || anchor == null) {
            throw new IllegalArgumentException("a finding needs a detector and an anchor");
        }
        states = states.stream().distinct().sorted().toList();
        evidence = evidence.stream().distinct().sorted(CHRONOLOGY).toList();
    }

    /** Every record the finding names: its anchor and its evidence. */
    public Set<RecordId> records() {
        Set<RecordId> ids = new LinkedHashSet<>();
        ids.add(anchor);
        evidence.forEach(e -> ids.add(e.record()));
        return ids;
    }

    public List<Evidence> evidence(Part part) {
        return evidence.stream().filter(e -> e.part() == part).toList();
    }

    public boolean names(RecordId id) {
        return anchor.equals(id) || evidence.stream().anyMatch(e -> e.record().equals(id));
    }
}
