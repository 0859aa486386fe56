package org.tutela.app.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningInputException;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.storage.screening.JdbcScreeningLog;

/**
 * Where a reviewing authority gets a request screened: a request already in the registry by its id, or
 * an intake (a request with the facts that came with it) laid over the registry without storing it.
 * Screenings of stored requests are kept, so that the next one can be compared with them.
 */
public final class ScreeningDesk {
    private final Screening engine;
    private final Registry registry;
    private final JdbcScreeningLog log;

    public ScreeningDesk(Screening engine, Registry registry, JdbcScreeningLog log) {
        this.engine = engine;
        this.registry = registry;
        this.log = log;
    }

    public Screening engine() {
        return engine;
    }

    /** Screens a stored request as of a date and keeps the report in the request's screening history. */
    public ScreeningReport screen(RecordId requestId, LocalDate asOf) {
        return screen(requestId, asOf, registry);
    }

    /**
     * The same, over the registry as one caller sees it: a user's screening reads only the records of
     * that user's compartments, so a report never carries facts the user may not see.
     */
    public ScreeningReport screen(RecordId requestId, LocalDate asOf, RegistryView view) {
        CooperationRequest request = view.get(requestId, CooperationRequest.class)
                .orElseThrow(() -> view.get(requestId).isPresent()
                        ? new ScreeningInputException("request", requestId + " is not a cooperation request")
                        : new RecordNotFoundException(requestId));
        ScreeningReport report = engine.screen(request, view, asOf);
        log.record(report);
        return report;
    }

    /**
     * Screens the request of an intake — its only cooperation request — with the intake's other records
     * (persons, statuses, proceedings, decisions) laid over the registry. Nothing is stored.
     */
    public ScreeningReport screenIntake(List<? extends RegistryRecord> intake, LocalDate asOf) {
        return screenIntake(intake, Optional.empty(), asOf, registry);
    }

    /** The same, over the registry as one caller sees it. */
    public ScreeningReport screenIntake(List<? extends RegistryRecord> intake, LocalDate asOf, RegistryView view) {
        return screenIntake(intake, Optional.empty(), asOf, view);
    }

    /** The same, naming the request to screen (required when the intake holds several). */
    public ScreeningReport screenIntake(List<? extends RegistryRecord> intake, Optional<RecordId> request, LocalDate asOf,
                                        RegistryView view) {
        return engine.screenIntake(intake, request, view, asOf);
    }

    public List<JdbcScreeningLog.RecordedScreening> history(RecordId requestId) {
        return log.history(requestId);
    }

    public List<JdbcScreeningLog.RaisedAlert> alerts(Optional<RecordId> request, boolean openOnly, int limit) {
        return log.alerts(request, openOnly, limit);
    }

    public void acknowledge(long alertId, String by) {
        log.acknowledge(alertId, by);
    }

    public java.util.Map<RecordId, ScreeningReport> latestOfAll() {
        return log.latestOfAll();
    }
}
