package org.tutela.storage.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.Alert;
import org.tutela.core.screening.ScreeningLog;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.json.RecordJson;
import org.tutela.storage.Jdbc;
import org.tutela.storage.StorageException;

/**
 * Screenings and alerts in the database, as JSON in insert-only tables: the latest screening of a
 * request is what the standing screening compares a new one against.
 */
public final class JdbcScreeningLog implements ScreeningLog {
    private final DataSource dataSource;
    private final Clock clock;
    private final ObjectMapper mapper = RecordJson.mapper();

    public JdbcScreeningLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** An alert as raised, with its number and whether someone has acknowledged it. */
    public record RaisedAlert(long id, Instant raisedAt, Alert alert, Optional<Acknowledgement> acknowledgement) {
    }

    public record Acknowledgement(Instant at, String by) {
    }

    /** A screening as recorded: when it was made, and the report. */
    public record RecordedScreening(long id, Instant screenedAt, ScreeningReport report) {
    }

    @Override
    public Optional<ScreeningReport> latest(RecordId request) {
        return query("SELECT id, screened_at, report FROM screening WHERE request_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                ps -> ps.setString(1, request.value()), this::screening).stream().findFirst().map(RecordedScreening::report);
    }

    /** Every screening of a request, newest first. */
    public List<RecordedScreening> history(RecordId request) {
        return query("SELECT id, screened_at, report FROM screening WHERE request_id = ? ORDER BY id DESC",
                ps -> ps.setString(1, request.value()), this::screening);
    }

    /** The latest screening of every request that has one. */
    public Map<RecordId, ScreeningReport> latestOfAll() {
        Map<RecordId, ScreeningReport> latest = new LinkedHashMap<>();
        query("SELECT s.id, s.screened_at, s.report FROM screening s WHERE s.id = "
                + "(SELECT MAX(t.id) FROM screening t WHERE t.request_id = s.request_id) ORDER BY s.request_id", ps -> { }, this::screening)
                .forEach(s -> latest.put(s.report().requestId(), s.report()));
        return latest;
    }

    @Override
    public void record(ScreeningReport report) {
        update("INSERT INTO screening (request_id, as_of, screened_at, band, report) VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, report.requestId().value());
            ps.setDate(2, Date.valueOf(report.asOf()));
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.setString(4, report.band().name());
            ps.setString(5, write(report));
        });
    }

    @Override
    public void raise(Alert alert) {
        update("INSERT INTO alert (request_id, raised_at, band_before, band_after, body) VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, alert.requestId().value());
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setString(3, alert.before().band().name());
            ps.setString(4, alert.after().band().name());
            ps.setString(5, write(alert));
        });
    }

    /** Alerts, newest first; only those nobody acknowledged yet when {@code openOnly}. */
    public List<RaisedAlert> alerts(Optional<RecordId> request, boolean openOnly, int limit) {
        return alerts(request, openOnly, limit, Long.MAX_VALUE);
    }

    /** The same, among the alerts numbered below {@code beforeId}: for reading page by page. */
    public List<RaisedAlert> alerts(Optional<RecordId> request, boolean openOnly, int limit, long beforeId) {
        String sql = "SELECT a.id, a.raised_at, a.body, k.acknowledged_at, k.acknowledged_by FROM alert a "
                + "LEFT JOIN alert_acknowledgement k ON k.alert_id = a.id WHERE a.id < " + beforeId
                + (request.isPresent() ? " AND a.request_id = ?" : "") + (openOnly ? " AND k.alert_id IS NULL" : "") + " ORDER BY a.id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY";
        return query(sql, ps -> {
            if (request.isPresent()) {
                ps.setString(1, request.get().value());
            }
        }, rs -> new RaisedAlert(rs.getLong(1), rs.getTimestamp(2).toInstant(), read(rs.getString(3), Alert.class),
                rs.getTimestamp(4) == null ? Optional.empty()
                        : Optional.of(new Acknowledgement(rs.getTimestamp(4).toInstant(), rs.getString(5)))));
    }

    /** Marks an alert as seen by {@code by}; acknowledging twice keeps the first. */
    public void acknowledge(long alertId, String by) {
        if (query("SELECT alert_id FROM alert_acknowledgement WHERE alert_id = ?", ps -> ps.setLong(1, alertId), rs -> rs.getLong(1)).isEmpty()) {
            update("INSERT INTO alert_acknowledgement (alert_id, acknowledged_at, acknowledged_by) VALUES (?, ?, ?)", ps -> {
                ps.setLong(1, alertId);
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                ps.setString(3, by);
            });
        }
    }

    private RecordedScreening screening(ResultSet rs) throws SQLException {
        return new RecordedScreening(rs.getLong(1), rs.getTimestamp(2).toInstant(), read(rs.getString(3), ScreeningReport.class));
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write a screening as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Row<T> row) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row.read(rs));
                    }
                    return out;
                }
            }
        }, "the screenings");
    }

    private void update(String sql, Binder binder) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
        }, "a screening");
    }
}
