package org.tutela.core.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.core.registry.RecordId;

/** A screening log in memory, for tests. */
final class InMemoryScreeningLog implements ScreeningLog {
    final Map<RecordId, List<ScreeningReport>> reports = new HashMap<>();
    final List<Alert> alerts = new ArrayList<>();

    @Override
    public Optional<ScreeningReport> latest(RecordId request) {
        List<ScreeningReport> list = reports.getOrDefault(request, List.of());
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    @Override
    public void record(ScreeningReport report) {
        reports.computeIfAbsent(report.requestId(), k -> new ArrayList<>()).add(report);
    }

    @Override
    public void raise(Alert alert) {
        alerts.add(alert);
    }
}
