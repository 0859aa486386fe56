package org.tutela.core.screening;

import java.util.Optional;
import org.tutela.core.registry.RecordId;

/**
 * Where screenings and alerts are kept: the port the standing screening writes to. Storage implements
 * it; the reports it holds are what "the result changed" is measured against.
 */
public interface ScreeningLog {

    /** The latest screening recorded for a request. */
    Optional<ScreeningReport> latest(RecordId request);

    void record(ScreeningReport report);

    /** Delivers an alert to whoever holds the request. */
    void raise(Alert alert);
}
