package org.tutela.core.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a fact comes from and when it holds. {@code validFrom} is the date the fact became true (or
 * became known to the world, for a finding or a publication); screening "as of" a date only sees facts
 * valid by then. The time a fact was <em>recorded</em> is kept by the revision, not here.
 */
public record Provenance(List<Citation> citations, Optional<LocalDate> validFrom, Optional<LocalDate> validTo) {
    public Provenance {
        citations = Fields.list("provenance.citations", citations, Limits.MAX_CITATIONS);
        validFrom = Fields.optional(validFrom);
        validTo = Fields.optional(validTo);
        if (validFrom.isPresent() && validTo.isPresent() && validTo.get().isBefore(validFrom.get())) {
            throw InvalidRecordException.of("provenance.validTo", "problem.ends-before-start", validTo.get().toString(), validFrom.get().toString());
        }
    }

    public static Provenance none() {
        return new Provenance(List.of(), Optional.empty(), Optional.empty());
    }

    public static Provenance of(RecordId source) {
        return new Provenance(List.of(Citation.of(source)), Optional.empty(), Optional.empty());
    }

    public static Provenance of(LocalDate validFrom, Citation... citations) {
        return new Provenance(List.of(citations), Optional.of(validFrom), Optional.empty());
    }

    public static Provenance of(Citation... citations) {
        return new Provenance(List.of(citations), Optional.empty(), Optional.empty());
    }

    public Provenance validFrom(LocalDate date) {
        return new Provenance(citations, Optional.of(date), validTo);
    }

    public Provenance validTo(LocalDate date) {
        return new Provenance(citations, validFrom, Optional.of(date));
    }

    /** True when the fact held on {@code date}; a fact with no known start is taken to hold. */
    public boolean holdsOn(LocalDate date) {
        return validFrom.map(from -> !from.isAfter(date)).orElse(true)
                && validTo.map(to -> !to.isBefore(date)).orElse(true);
    }

    /** True when the fact had come to be by {@code date}, whether or not it still held. */
    public boolean knownBy(LocalDate date) {
        return validFrom.map(from -> !from.isAfter(date)).orElse(true);
    }
}
