package org.tutela.storage.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.tutela.core.registry.RecordId;
import org.tutela.core.requests.Actor;
import org.tutela.core.requests.DeskFunction;
import org.tutela.core.requests.Entry;
import org.tutela.core.requests.Evidence;
import org.tutela.core.requests.RequestFiles;
import org.tutela.core.requests.StepKind;
import org.tutela.core.requests.WorkflowAlert;
import org.tutela.core.requests.WorkflowConflictException;
import org.tutela.json.RecordJson;
import org.tutela.storage.Jdbc;
import org.tutela.storage.StorageException;

/**
 * Request files in the database (V60): insert-only entries, one transaction per step with its alerts.
 * Optimistic concurrency: the step is written only if the file is still at the revision the desk saw;
 * the primary key (request, number) catches two desks that pass that check at the same moment.
 */
public final class JdbcRequestFiles implements RequestFiles {
    private static final String COLUMNS = "entry_number, step_kind, on_date, recorded_at, actor, desk_function, reason, step, sources";
    private final DataSource dataSource;
    private final Clock clock;
    private final ObjectMapper mapper = RecordJson.mapper();

    public JdbcRequestFiles(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public List<Entry> entries(RecordId request) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM request_entry WHERE request_id = ? ORDER BY entry_number")) {
                ps.setString(1, request.value());
                try (ResultSet rs = ps.executeQuery()) {
                    List<Entry> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                    return out;
                }
            }
        }, "the file of " + request);
    }

    @Override
    public Map<RecordId, List<Entry>> all() {
        return Jdbc.read(dataSource, c -> {
            Map<RecordId, List<Entry>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT request_id, " + COLUMNS + " FROM request_entry ORDER BY request_id, entry_number");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(RecordId.of(rs.getString(1)), r -> new ArrayList<>()).add(entry(rs, 1));
                }
            }
            return out;
        }, "the request files");
    }

    /** From the breach alerts (V120's index), joined with the states behind each request ({@code record_key}). */
    @Override
    public java.util.Set<RecordId> mayHoldBreaches(java.util.Set<org.tutela.core.registry.Country> states) {
        if (states.isEmpty()) {
            return java.util.Set.of();
        }
        List<String> codes = states.stream().map(org.tutela.core.registry.Country::code).sorted().toList();
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT a.request_id FROM request_alert a"
                    + " JOIN record_key k ON k.record_id = a.request_id AND k.key_name = ?"
                    + " WHERE a.kind IN (?, ?) AND k.key_value IN (" + String.join(", ", java.util.Collections.nCopies(codes.size(), "?")) + ")")) {
                int p = 1;
                ps.setString(p++, org.tutela.core.registry.RecordKey.STATE_BEHIND);
                ps.setString(p++, WorkflowAlert.Kind.CONDITION_BREACHED.name());
                ps.setString(p++, WorkflowAlert.Kind.DISCLOSURE_BREACH.name());
                for (String code : codes) {
                    ps.setString(p++, code);
                }
                java.util.Set<RecordId> out = new java.util.TreeSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(RecordId.of(rs.getString(1)));
                    }
                }
                return out;
            }
        }, "the requests with breaches");
    }

    @Override
    public void append(RecordId request, int expectedRevision, Entry entry, List<WorkflowAlert> alerts) {
        if (entry.number() != expectedRevision + 1) {
            throw new IllegalArgumentException("entry " + entry.number() + " cannot follow revision " + expectedRevision);
        }
        try {
            Jdbc.inTransaction(dataSource, c -> {
                int actual = revision(c, request);
                if (actual != expectedRevision) {
                    throw new WorkflowConflictException(request, entry.step().kind(), expectedRevision, actual);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO request_entry (request_id, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, request.value());
                    ps.setInt(2, entry.number());
                    ps.setString(3, entry.step().kind().name());
                    ps.setDate(4, Date.valueOf(entry.on()));
                    ps.setTimestamp(5, Timestamp.from(entry.recordedAt()));
                    ps.setString(6, entry.actor().name());
                    if (entry.actor().function().isPresent()) {
                        ps.setString(7, entry.actor().function().get().name());
                    } else {
                        ps.setNull(7, Types.VARCHAR);
                    }
                    ps.setString(8, entry.reason());
                    ps.setString(9, write(entry.step()));
                    ps.setString(10, write(entry.sources()));
                    ps.executeUpdate();
                }
                for (WorkflowAlert alert : alerts) {
                    insertAlert(c, alert);
                }
                return null;
            }, "a step of the file of " + request);
        } catch (StorageException e) {
            // the primary key: another desk wrote this revision between our check and our insert
            if (revision(request) != expectedRevision) {
                throw new WorkflowConflictException(request, entry.step().kind(), expectedRevision, revision(request));
            }
            throw e;
        }
    }

    @Override
    public void raise(WorkflowAlert alert) {
        Jdbc.inTransaction(dataSource, c -> {
            insertAlert(c, alert);
            return null;
        }, "an alert on " + alert.request());
    }

    @Override
    public List<RaisedWorkflowAlert> alerts(RecordId request) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, raised_at, body FROM request_alert WHERE request_id = ? ORDER BY id")) {
                ps.setString(1, request.value());
                try (ResultSet rs = ps.executeQuery()) {
                    List<RaisedWorkflowAlert> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new RaisedWorkflowAlert(rs.getLong(1), rs.getTimestamp(2).toInstant(), read(rs.getString(3), WorkflowAlert.class)));
                    }
                    return out;
                }
            }
        }, "the alerts on " + request);
    }

    private void insertAlert(Connection c, WorkflowAlert alert) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO request_alert (request_id, entry_number, raised_at, kind, body) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, alert.request().value());
            if (alert.entry().isPresent()) {
                ps.setInt(2, alert.entry().get());
            } else {
                ps.setNull(2, Types.INTEGER);
            }
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.setString(4, alert.kind().name());
            ps.setString(5, write(alert));
            ps.executeUpdate();
        }
    }

    private int revision(RecordId request) {
        return Jdbc.read(dataSource, c -> revision(c, request), "the file of " + request);
    }

    private static int revision(Connection c, RecordId request) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(entry_number), 0) FROM request_entry WHERE request_id = ?")) {
            ps.setString(1, request.value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Entry entry(ResultSet rs) throws SQLException {
        return entry(rs, 0);
    }

    private Entry entry(ResultSet rs, int skip) throws SQLException {
        StepKind kind = StepKind.valueOf(rs.getString(skip + 2));
        String function = rs.getString(skip + 6);
        return new Entry(rs.getInt(skip + 1), read(rs.getString(skip + 8), kind.type()),
                new Actor(rs.getString(skip + 5), Optional.ofNullable(function).map(DeskFunction::valueOf)),
                rs.getDate(skip + 3).toLocalDate(), rs.getTimestamp(skip + 4).toInstant(), rs.getString(skip + 7),
                read(rs.getString(skip + 9), new TypeReference<List<Evidence>>() { }));
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write a workflow step as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored evidence cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
