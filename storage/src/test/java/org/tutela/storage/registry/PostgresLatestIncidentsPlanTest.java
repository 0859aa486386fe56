package org.tutela.storage.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.registry.StateIncidentSamples.AS_OF;
import static org.tutela.core.registry.StateIncidentSamples.AZ;
import static org.tutela.core.registry.StateIncidentSamples.TM;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Samples;
import org.tutela.core.registry.StateIncidentSamples;
import org.tutela.core.registry.StateIncidents;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;
import org.tutela.storage.TestPostgres;

/**
 * PostgreSQL answers "the latest incidents of a state" by walking V135's index and stopping after as many
 * entries as asked, not by reading and sorting all the state's entries (what made the screening's cost grow
 * with the registry). The tables here are small, so the planner is told to avoid scans and sorts it could
 * do without: with the index in the query's order it needs neither for each state's part.
 */
class PostgresLatestIncidentsPlanTest {
    private StorageConfig.Postgres config;
    private Storage storage;

    @BeforeEach
    void open() {
        config = TestPostgres.freshSchema();
        storage = Storage.open(config);
        storage.registry().saveAll(StateIncidentSamples.registry(), Change.by("curator@example.org", "sample incidents"));
    }

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
        }
        if (config != null) {
            TestPostgres.drop(config);
        }
    }

    @Test
    void eachStatesLatestAreReadFromTheIndexInOrderAndNoMore() throws Exception {
        for (int latest : List.of(1, 2)) {
            StateIncidents q = StateIncidents.of(List.of(TM, AZ), List.of(Samples.REQUEST), latest).asOf(AS_OF);
            List<String> plan = explain(KeyedIncidents.latest(q, RecordScope.WHOLE, KeyedIncidents.CURRENT, true, new ArrayList<>()), q);
            String all = String.join("\n", plan);
            int scans = 0;
            for (int i = 0; i < plan.size(); i++) {
                if (!plan.get(i).contains("ix_record_key_latest")) {
                    continue;
                }
                scans++;
                Matcher rows = Pattern.compile("actual rows=(\\d+)").matcher(plan.get(i));
                assertThat(rows.find()).as(all).isTrue();
                Matcher state = Pattern.compile("key_value\\)::text = '([A-Z]{2})'").matcher(plan.get(i + 1));
                assertThat(state.find()).as(all).isTrue();
                org.tutela.core.registry.Country country = org.tutela.core.registry.Country.of(state.group(1));
                // read: the `latest` it keeps and those ahead of them it leaves out (linked to the request, later than
                // the date), never the rest of the state's entries
                long keys = keys(country);
                long counted = storage.registry().incidents(StateIncidents.of(List.of(country), List.of(Samples.REQUEST), 0).asOf(AS_OF)).total();
                assertThat(Long.parseLong(rows.group(1))).as(all).isLessThanOrEqualTo(Math.min(keys, latest + (keys - counted)));
                if (country.equals(TM) && latest == 1) {
                    assertThat(Long.parseLong(rows.group(1))).as("TM has %d entries: the scan stops early%n%s", keys, all).isLessThan(keys);
                }
            }
            assertThat(scans).as(all).isEqualTo(2);
            // the one sort left merges the states' few rows
            assertThat(plan.stream().filter(l -> l.strip().startsWith("->  Sort") || l.strip().startsWith("Sort"))).as(all).hasSizeLessThanOrEqualTo(1);
        }
    }

    private long keys(org.tutela.core.registry.Country state) throws Exception {
        try (Connection c = storage.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM record_key WHERE key_name = 'perpetrator-state' AND key_value = ?")) {
            ps.setString(1, state.code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<String> explain(String sql, StateIncidents q) throws Exception {
        List<Object> params = new ArrayList<>();
        KeyedIncidents.latest(q, RecordScope.WHOLE, KeyedIncidents.CURRENT, true, params);
        List<String> plan = new ArrayList<>();
        try (Connection c = storage.dataSource().getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off");
            }
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) " + sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
            }
        }
        return plan;
    }
}
