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
import org.tutela.core.screening.OwnerView;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.Reading;
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
    private final OwnerView owners;
    /** How many screenings compute and wait at once; the rest are turned away (503 with Retry-After). */
    private final ScreeningAdmission admission;

    /**
     * {@code owners} gives the registry as a request's owner sees it: a stored request is always screened
     * through it, whoever asks, so that the kept report holds nothing its owner may not see.
     */
    public ScreeningDesk(Screening engine, Registry registry, JdbcScreeningLog log, OwnerView owners) {
        this(engine, registry, log, owners, ScreeningAdmission.from(System.getenv()));
    }

    public ScreeningDesk(Screening engine, Registry registry, JdbcScreeningLog log, OwnerView owners, ScreeningAdmission admission) {
        this.admission = admission;
        this.engine = engine;
        this.registry = registry;
        this.log = log;
        this.owners = owners;
    }

    public Screening engine() {
        return engine;
    }

    /** Screens a stored request as of a date and keeps the report in the request's screening history. */
    public ScreeningReport screen(RecordId requestId, LocalDate asOf) {
        return screen(requestId, asOf, registry);
    }

    /**
     * The same, for a caller who finds the request in {@code view} (the registry as the caller sees it).
     * The screening itself reads the registry as the request's owner sees it, not as the caller does: a
     * caller with several compartments must not carry another organisation's facts into this request's
     * history; and the owner's view is within the caller's, since the caller may see the request.
     */
    public ScreeningReport screen(RecordId requestId, LocalDate asOf, RegistryView view) {
        return screen(requestId, asOf, Reading.VALID_ON, view);
    }

    /**
     * The same under one of the two readings of "as of": {@link Reading#KNOWN_ON} reads only what had been
     * recorded by the end of {@code asOf} (the revisions, {@link Registry#asRecordedAt(java.time.Instant)}),
     * still through the owner's compartments.
     */
    public ScreeningReport screen(RecordId requestId, LocalDate asOf, Reading reading, RegistryView view) {
        CooperationRequest request = view.get(requestId, CooperationRequest.class)
                .orElseThrow(() -> view.get(requestId).isPresent()
                        ? new ScreeningInputException("request", org.tutela.core.screening.Message.of("input.not-a-request", requestId.value()))
                        : new RecordNotFoundException(requestId));
        ScreeningReport report = inSlot(() -> engine.screen(request, owners.of(request, read(reading, asOf)), asOf).withReading(reading));
        log.record(report);
        return report;
    }

    /** Screens a stored request as its owner sees it, as of a date, without keeping the report. */
    public ScreeningReport preview(RecordId requestId, LocalDate asOf, RegistryView view) {
        return preview(requestId, asOf, Reading.VALID_ON, view);
    }

    public ScreeningReport preview(RecordId requestId, LocalDate asOf, Reading reading, RegistryView view) {
        CooperationRequest request = view.get(requestId, CooperationRequest.class)
                .orElseThrow(() -> new RecordNotFoundException(requestId));
        return inSlot(() -> engine.screen(request, owners.of(request, read(reading, asOf)), asOf).withReading(reading));
    }

    /** The registry a reading starts from: as it is now, or as it had been recorded by the end of the day. */
    private RegistryView read(Reading reading, LocalDate asOf) {
        return reading == Reading.KNOWN_ON ? registry.asRecordedAt(Registry.endOf(asOf)) : registry;
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
        return inSlot(() -> engine.screenIntake(intake, request, view, asOf));
    }

    private <T> T inSlot(java.util.function.Supplier<T> screening) {
        // one connection for the screening's fifty-odd small reads, not one each from the pool; taken in the slot, so
        // that waiting screenings hold none
        return admission.run(() -> registry instanceof org.tutela.storage.registry.JdbcRegistry jdbc
                ? jdbc.onOneConnection(screening) : screening.get());
    }

    public ScreeningAdmission admission() {
        return admission;
    }

    public List<JdbcScreeningLog.RecordedScreening> history(RecordId requestId) {
        return log.history(requestId);
    }

    public List<JdbcScreeningLog.RaisedAlert> alerts(Optional<RecordId> request, boolean openOnly, int limit) {
        return log.alerts(request, openOnly, limit);
    }

    /**
     * Up to {@code limit} alerts, newest first, each as {@code shown} presents it to one viewer (nothing for
     * an alert the viewer may not see). The alerts are read page by page until the limit is filled, so
     * that alerts the viewer cannot see never take its places.
     */
    public List<JdbcScreeningLog.RaisedAlert> alerts(Optional<RecordId> request, boolean openOnly, int limit,
                                                     java.util.function.Function<JdbcScreeningLog.RaisedAlert, Optional<JdbcScreeningLog.RaisedAlert>> shown) {
        int wanted = Math.max(1, Math.min(limit, ALERT_PAGE));
        List<JdbcScreeningLog.RaisedAlert> out = new java.util.ArrayList<>();
        long before = Long.MAX_VALUE;
        while (out.size() < wanted) {
            List<JdbcScreeningLog.RaisedAlert> page = log.alerts(request, openOnly, ALERT_PAGE, before);
            for (JdbcScreeningLog.RaisedAlert a : page) {
                if (out.size() < wanted) {
                    shown.apply(a).ifPresent(out::add);
                }
            }
            if (page.size() < ALERT_PAGE) {
                break;
            }
            before = page.get(page.size() - 1).id();
        }
        return out;
    }

    private static final int ALERT_PAGE = 1000;

    public void acknowledge(long alertId, String by) {
        log.acknowledge(alertId, by);
    }

    public java.util.Map<RecordId, ScreeningReport> latestOfAll() {
        return log.latestOfAll();
    }
}
