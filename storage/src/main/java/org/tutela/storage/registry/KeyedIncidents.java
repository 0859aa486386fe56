package org.tutela.storage.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.StateIncidents;

/**
 * {@link StateIncidents} answered from {@code record_key} (V51, dates V120), or for the registry as recorded by
 * an instant from {@code revision_key} (V130): the counts and the ids of the latest incidents come from the
 * index alone, and only the latest few incidents are read. The conditions are the core's
 * ({@link StateIncidents#counts}) in SQL: the perpetrator state by key, the as-of date on the key's dates,
 * the links by the references' table, the compartments by {@link RecordScope}.
 */
final class KeyedIncidents {
    private KeyedIncidents() {
    }

    /**
     * Where the keys, the links and the incidents are read: the current state's tables, or the revisions'.
     * {@code from} names the keys' table {@code k} (and the records' table {@code v} if a condition needs it);
     * {@code records} is the records' table, read as {@code v} for the latest incidents; {@code linked} is a
     * subquery on the references of key row {@code k}, open for the ids it must not be linked to;
     * {@code condition} (starting with AND, or empty) narrows {@code v} and binds {@code parameters}.
     */
    record Tables(String from, String records, String linked, String condition, List<Object> parameters) {
        Tables {
            parameters = List.copyOf(parameters);
        }
    }

    /** The current state: {@code record_key}, {@code record_reference}, {@code record_current}. */
    static final Tables CURRENT = new Tables(" FROM record_key k", "record_current",
            "SELECT 1 FROM record_reference r WHERE r.from_id = k.record_id AND r.to_id IN (", "", List.of());

    static StateIncidents.Tally answer(Connection c, StateIncidents query, RecordScope scope, Tables tables,
                                       BiFunction<String, String, RegistryRecord> read) throws SQLException {
        if (query.states().isEmpty()) {
            return StateIncidents.Tally.NONE;
        }
        List<Object> params = new ArrayList<>();
        String where = where(query, scope, tables, params);
        List<StateIncidents.StateCount> counts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.key_value, COUNT(*), MAX(k.event_date)"
                + tables.from() + where + " GROUP BY k.key_value")) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new StateIncidents.StateCount(Country.of(rs.getString(1)), rs.getLong(2),
                            Optional.ofNullable(rs.getObject(3, LocalDate.class))));
                }
            }
        }
        if (counts.isEmpty() || query.latest() == 0) {
            return StateIncidents.Tally.of(counts, List.of(), 0);
        }
        List<Object> latestParams = new ArrayList<>();
        String latestSql = latest(query, scope, tables, "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()), latestParams);
        latestParams.addAll(tables.parameters());
        List<Incident> latest = new ArrayList<>();
        // the latest ids and their records in one statement: a round trip less per screening
        try (PreparedStatement ps = c.prepareStatement("SELECT v.kind, v.body FROM (" + latestSql + ") x JOIN "
                + tables.records() + " v ON v.record_id = x.record_id WHERE 1 = 1" + tables.condition())) {
            bind(ps, latestParams);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (read.apply(rs.getString(1), rs.getString(2)) instanceof Incident i) {
                        latest.add(i);
                    }
                }
            }
        }
        return StateIncidents.Tally.of(counts, latest, query.latest());
    }

    /**
     * The ids of the {@code latest} incidents: each state's own latest in the order of V135's index (which
     * the database walks and stops after {@code latest} entries: PostgreSQL cannot keep an index's order
     * across the several values of an IN), then the states' together, in the same order.
     */
    static String latest(StateIncidents query, RecordScope scope, Tables tables, boolean postgres, List<Object> params) {
        // ties broken by id in code-point order, as RecordId compares; PostgreSQL's default collation may not
        String byId = postgres ? "k.record_id COLLATE \"C\"" : "k.record_id";
        String order = " ORDER BY k.event_date DESC NULLS LAST, " + byId + " FETCH FIRST " + query.latest() + " ROWS ONLY";
        List<String> perState = new ArrayList<>();
        int n = 0;
        for (Country state : new TreeSet<>(query.states())) {
            perState.add("SELECT * FROM (SELECT k.record_id, k.event_date" + tables.from()
                    + where(List.of(state), query, scope, tables, params) + order + ") s" + n++);
        }
        return "SELECT k.record_id FROM (" + String.join(" UNION ALL ", perState) + ") k" + order;
    }

    private static String where(StateIncidents query, RecordScope scope, Tables tables, List<Object> params) {
        return where(new ArrayList<>(new TreeSet<>(query.states())), query, scope, tables, params);
    }

    private static String where(List<Country> states, StateIncidents query, RecordScope scope, Tables tables,
                                List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE k.key_name = ? AND k.key_value IN (" + marks(states.size()) + ")");
        params.add(RecordKey.PERPETRATOR_STATE);
        states.forEach(s -> params.add(s.code()));
        sql.append(tables.condition());
        params.addAll(tables.parameters());
        query.asOf().ifPresent(d -> {
            sql.append(" AND (k.event_date IS NULL OR k.event_date <= ?) AND (k.known_from IS NULL OR k.known_from <= ?)");
            params.add(d);
            params.add(d);
        });
        if (!query.notLinkedTo().isEmpty()) {
            sql.append(" AND NOT EXISTS (").append(tables.linked())
                    .append(marks(query.notLinkedTo().size())).append("))");
            query.notLinkedTo().stream().sorted().forEach(id -> params.add(id.value()));
        }
        if (!query.except().isEmpty()) {
            sql.append(" AND k.record_id NOT IN (").append(marks(query.except().size())).append(")");
            query.except().stream().sorted().map(RecordId::value).forEach(params::add);
        }
        sql.append(scope.condition("k.record_id"));
        params.addAll(scope.parameters());
        return sql.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
