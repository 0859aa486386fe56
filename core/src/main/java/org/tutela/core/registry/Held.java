package org.tutela.core.registry;

import java.util.Optional;

/**
 * A fact of a person that can change (a role, a nationality, a residence) with the time it held, as the
 * sources give it: from when, until when (either end open or unknown), and the source that dates it.
 * A value recorded without dates is "held, no dates": records written before valid time existed read so,
 * and the rules take it as held throughout, as they did before.
 *
 * <p>The ends are approximate: a role "from 2013" may have begun on any day of 2013. A rule never settles
 * that by choosing a day; it asks whether the value was surely held on a date, or only possibly.
 */
public record Held<T>(T value, Optional<ApproximateDate> from, Optional<ApproximateDate> until, Optional<Citation> source) {

    /** How a value stands to a date: surely held on every day it may be, surely not held on any, or possibly. */
    public enum Holding { SURELY, POSSIBLY, NOT }

    public Held {
        Fields.required("value", value);
        from = Fields.optional(from);
        until = Fields.optional(until);
        source = Fields.optional(source);
        if (from.isPresent() && until.isPresent() && until.get().surelyBefore(from.get())) {
            throw InvalidRecordException.of("until", "problem.held.ends-before-start", until.get().text(), from.get().text());
        }
    }

    /** Held, no dates. */
    public static <T> Held<T> of(T value) {
        return new Held<>(value, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static <T> Held<T> since(T value, ApproximateDate from) {
        return new Held<>(value, Optional.of(from), Optional.empty(), Optional.empty());
    }

    public static <T> Held<T> between(T value, ApproximateDate from, ApproximateDate until) {
        return new Held<>(value, Optional.of(from), Optional.of(until), Optional.empty());
    }

    public Held<T> citing(Citation citation) {
        return new Held<>(value, from, until, Optional.of(citation));
    }

    /** True when the sources give it a start or an end. */
    public boolean dated() {
        return from.isPresent() || until.isPresent();
    }

    /** The value alone, undated and uncited: what the JSON and FtM forms write as a bare value, not an object. */
    public boolean bare() {
        return !dated() && source.isEmpty();
    }

    /**
     * How it stands to {@code date}, itself approximate: surely held when it surely began by the date's first
     * possible day and surely lasted past its last; surely not held when it surely began after the date's last
     * possible day or surely ended before its first; possibly held otherwise. An open end is open: a value with
     * no end recorded is taken as still held. Undated, it is held.
     */
    public Holding on(ApproximateDate date) {
        if (from.filter(f -> f.surelyAfter(date.latest())).isPresent() || until.filter(u -> u.surelyBefore(date.earliest())).isPresent()) {
            return Holding.NOT;
        }
        boolean begun = from.map(f -> f.surelyBy(date.earliest())).orElse(true);
        boolean lasting = until.map(u -> !u.earliest().isBefore(date.latest())).orElse(true);
        return begun && lasting ? Holding.SURELY : Holding.POSSIBLY;
    }

    public boolean surelyHeldOn(ApproximateDate date) {
        return on(date) == Holding.SURELY;
    }

    /** True unless it was surely not held on {@code date}. */
    public boolean possiblyHeldOn(ApproximateDate date) {
        return on(date) != Holding.NOT;
    }
}
