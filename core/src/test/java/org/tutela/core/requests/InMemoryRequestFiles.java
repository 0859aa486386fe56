package org.tutela.core.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tutela.core.registry.RecordId;

/** The request files in memory, for the workflow's unit tests; the storage's contract tests hold the JDBC one to the same promises. */
public final class InMemoryRequestFiles implements RequestFiles {
    private final Map<RecordId, List<Entry>> files = new LinkedHashMap<>();
    private final List<RaisedWorkflowAlert> alerts = new ArrayList<>();

    public List<Entry> entries(RecordId request) {
        return List.copyOf(files.getOrDefault(request, List.of()));
    }

    public synchronized void append(RecordId request, int expectedRevision, Entry entry, List<WorkflowAlert> raised) {
        List<Entry> file = files.computeIfAbsent(request, r -> new ArrayList<>());
        if (file.size() != expectedRevision) {
            throw new WorkflowConflictException(request, entry.step().kind(), expectedRevision, file.size());
        }
        file.add(entry);
        raised.forEach(this::raise);
    }

    public void raise(WorkflowAlert alert) {
        alerts.add(new RaisedWorkflowAlert(alerts.size() + 1, Instant.now(), alert));
    }

    public Map<RecordId, List<Entry>> all() {
        return Map.copyOf(files);
    }

    public List<RaisedWorkflowAlert> alerts(RecordId request) {
        return alerts.stream().filter(a -> a.alert().request().equals(request)).toList();
    }
}
