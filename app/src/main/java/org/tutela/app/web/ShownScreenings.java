package org.tutela.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tutela.app.screening.ReportRedaction;
import org.tutela.app.screening.ScreeningDesk;
import org.tutela.app.security.Visibility;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.storage.screening.JdbcScreeningLog;

/**
 * Stored screenings and alerts as the logged-in caller may see them: the one way the API and the pages
 * read them back. Reports and alerts of requests the caller cannot see are left out (before any limit),
 * and what is shown passes {@link ReportRedaction} with the caller's {@link Visibility}.
 */
@Component
public class ShownScreenings {
    private final ScreeningDesk desk;
    private final Visibility visibility;

    public ShownScreenings(ScreeningDesk desk, Visibility visibility) {
        this.desk = desk;
        this.visibility = visibility;
    }

    private ReportRedaction redaction() {
        return new ReportRedaction(visibility::seen, desk.engine().rulePack());
    }

    public ScreeningReport shown(ScreeningReport report) {
        return redaction().shown(report);
    }

    /** A request's screenings, newest first; the caller must already have found the request. */
    public List<JdbcScreeningLog.RecordedScreening> history(RecordId request) {
        ReportRedaction redaction = redaction();
        return desk.history(request).stream()
                .map(s -> new JdbcScreeningLog.RecordedScreening(s.id(), s.screenedAt(), redaction.shown(s.report()))).toList();
    }

    /** Alerts on requests the caller may see, newest first, at most {@code limit}. */
    public List<JdbcScreeningLog.RaisedAlert> alerts(Optional<RecordId> request, boolean openOnly, int limit) {
        ReportRedaction redaction = redaction();
        return desk.alerts(request, openOnly, limit, a -> visibility.sees(a.alert().requestId())
                ? redaction.shown(a.alert()).map(alert -> new JdbcScreeningLog.RaisedAlert(a.id(), a.raisedAt(), alert, a.acknowledgement()))
                : Optional.empty());
    }

    /** The latest screening of every request the caller may see. */
    public Map<RecordId, ScreeningReport> latestOfAll() {
        Map<RecordId, ScreeningReport> all = desk.latestOfAll();
        java.util.Set<RecordId> seen = visibility.seen(all.keySet());
        ReportRedaction redaction = redaction();
        Map<RecordId, ScreeningReport> out = new LinkedHashMap<>();
        all.forEach((id, report) -> {
            if (seen.contains(id)) {
                out.put(id, redaction.shown(report));
            }
        });
        return out;
    }
}
