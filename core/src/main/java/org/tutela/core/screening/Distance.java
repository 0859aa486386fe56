package org.tutela.core.screening;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.tutela.core.registry.ApproximateDate;

/**
 * How far apart two dates as the sources give them are: at least (from the first's last possible day to the
 * second's first) and at most (from the first's first possible day to the second's last). The flags that count a
 * distance (the timing after protected activity, the age of the allegations) ask it here, so that a distance the
 * dates leave no doubt about counts as settled, one they only allow counts as a possibility (with a caveat asking
 * for the exact dates), and one they rule out is not counted: never all or nothing in silence.
 */
public record Distance(ApproximateDate from, ApproximateDate to) {

    /** Whether a distance meets a rule's bound: surely, possibly (the dates allow it and its opposite), or not. */
    public enum Fit { SURELY, POSSIBLY, NOT }

    public long leastDays() {
        return ChronoUnit.DAYS.between(from.latest(), to.earliest());
    }

    public long mostDays() {
        return ChronoUnit.DAYS.between(from.earliest(), to.latest());
    }

    /** The whole years surely between them. */
    public long leastYears() {
        return ChronoUnit.YEARS.between(from.latest(), to.earliest());
    }

    /** The whole years possibly between them. */
    public long mostYears() {
        return ChronoUnit.YEARS.between(from.earliest(), to.latest());
    }

    /** Whether the second came {@code min} to {@code max} days after the first. */
    public Fit daysWithin(long min, long max) {
        if (open()) {
            return Fit.NOT;
        }
        if (leastDays() >= min && mostDays() <= max) {
            return Fit.SURELY;
        }
        return mostDays() >= min && leastDays() <= max ? Fit.POSSIBLY : Fit.NOT;
    }

    /** Whether at least {@code years} whole years lie between them. */
    public Fit yearsAtLeast(long years) {
        if (open()) {
            return Fit.NOT;
        }
        if (leastYears() >= years) {
            return Fit.SURELY;
        }
        return mostYears() >= years ? Fit.POSSIBLY : Fit.NOT;
    }

    // a span open at one end ("by 2017") bounds nothing on that side: no distance is counted from it
    private boolean open() {
        return from.earliest().equals(LocalDate.MIN) || from.latest().equals(LocalDate.MAX)
                || to.earliest().equals(LocalDate.MIN) || to.latest().equals(LocalDate.MAX);
    }
}
