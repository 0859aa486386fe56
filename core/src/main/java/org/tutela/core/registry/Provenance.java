package org.tutela.core.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a fact comes from and when it holds. {@code validFrom} is the date the fact became true (or
 * became known to the world, for a finding or a publication); screening "as of" a date only sees facts
 * valid by then. The time a fact was <em>recorded</em> is kept by the revision, not here.
 */
public record Provenance(List<Citation> citations, Optional<ApproximateDate> validFrom, Optional<ApproximateDate> validTo) {
    public Provenance {
        citations = Fields.list("provenance.citations", citations, Limits.MAX_CITATIONS);
        validFrom = Fields.optional(validFrom);
        validTo = Fields.optional(validTo);
        Fields.ordered("provenance.validTo", validFrom, validTo, "problem.ends-before-start");
    }

    public static Provenance none() {
        return new Provenance(List.of(), Optional.empty(), Optional.empty());
    }

    public static Provenance of(RecordId source) {
        return new Provenance(List.of(Citation.of(source)), Optional.empty(), Optional.empty());
    }

    public static Provenance of(LocalDate validFrom, Citation... citations) {
        return of(ApproximateDate.of(validFrom), citations);
    }

    public static Provenance of(ApproximateDate validFrom, Citation... citations) {
        return new Provenance(List.of(citations), Optional.of(validFrom), Optional.empty());
    }

    public static Provenance of(Citation... citations) {
        return new Provenance(List.of(citations), Optional.empty(), Optional.empty());
    }

    public Provenance validFrom(LocalDate date) {
        return validFrom(ApproximateDate.of(date));
    }

    public Provenance validFrom(ApproximateDate date) {
        return new Provenance(citations, Optional.of(date), validTo);
    }

    public Provenance validTo(LocalDate date) {
        return new Provenance(citations, validFrom, Optional.of(ApproximateDate.of(date)));
    }

    /**
     * True when the fact may have held on {@code date}: it may have begun by then and may not yet have
     * ended. A fact with no known start is taken to hold.
     */
    public boolean holdsOn(LocalDate date) {
        return validFrom.map(from -> from.possiblyBy(date)).orElse(true)
                && validTo.map(to -> !to.surelyBefore(date)).orElse(true);
    }

    /** True when the fact may have come to be by {@code date} (its first possible day is not later), whether or not it still held. */
    public boolean knownBy(LocalDate date) {
        return validFrom.map(from -> from.possiblyBy(date)).orElse(true);
    }

    /** True when the dates leave no doubt that the fact had come to be by {@code date}. */
    public boolean surelyBy(LocalDate date) {
        return validFrom.map(from -> from.surelyBy(date)).orElse(true);
    }
}
