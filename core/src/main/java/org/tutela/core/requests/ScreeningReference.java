package org.tutela.core.requests;

import java.time.LocalDate;
import org.tutela.core.screening.Band;
import org.tutela.core.screening.ScreeningReport;

/** The screening a decision relied on: as of which date, under which rule pack, with which band and flags. */
public record ScreeningReference(LocalDate asOf, String rulePackVersion, Band band, java.util.List<String> fired) {
    public ScreeningReference {
        Text.required("screening.asOf", asOf);
        rulePackVersion = Text.required("screening.rulePackVersion", rulePackVersion);
        Text.required("screening.band", band);
        fired = Text.list(fired);
    }

    public static ScreeningReference of(ScreeningReport report) {
        return new ScreeningReference(report.asOf(), report.rulePackVersion(), report.band(), report.firedIds());
    }

    /** A "refuse" or "suspend" band: a decision that goes ahead anyway must say why. */
    public boolean advisesAgainst() {
        return band.advisesAgainstExecution();
    }
}
