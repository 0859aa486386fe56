package org.tutela.storage.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.registry.StateIncidentSamples.AS_OF;
import static org.tutela.core.registry.StateIncidentSamples.AZ;
import static org.tutela.core.registry.StateIncidentSamples.TM;
import static org.tutela.core.registry.StateIncidentSamples.UZ;
import static org.tutela.core.registry.StateIncidentSamples.ids;
import static org.tutela.core.registry.StateIncidentSamples.incident;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Samples;
import org.tutela.core.registry.StateIncidentSamples;
import org.tutela.core.registry.StateIncidents;
import org.tutela.storage.Jdbc;
import org.tutela.storage.StorageContract;
import org.tutela.storage.security.RecordCompartments;

/**
 * The database answers {@link StateIncidents} from its keys' index exactly as the core answers it in
 * memory: the same counts in the same order, the same latest incidents, as of a date, without what the
 * screened request records, within a compartment. Run unchanged against each database.
 */
abstract class StateIncidentsContractTest extends StorageContract {
    private static final Change IMPORT = Change.by("curator@example.org", "sample incidents");

    private JdbcRegistry registry;

    @BeforeEach
    void setUp() {
        registry = storage.registry();
        registry.saveAll(StateIncidentSamples.registry(), IMPORT);
    }

    /** Questions that between them use every condition: states, dates, links, exceptions, limits. */
    private static List<StateIncidents> questions() {
        List<StateIncidents> out = new ArrayList<>();
        for (List<Country> states : List.of(List.of(TM), List.of(TM, AZ), List.of(AZ, UZ), List.of(Country.of("BY")), List.of(Country.of("FR")))) {
            for (int latest : List.of(0, 1, 3, 20)) {
                StateIncidents plain = StateIncidents.of(states, List.of(), latest);
                StateIncidents screened = StateIncidents.of(states, List.of(Samples.REQUEST), latest);
                out.add(plain);
                out.add(screened);
                for (LocalDate d : List.of(AS_OF, LocalDate.of(2019, 12, 31), LocalDate.of(2020, 5, 1), LocalDate.of(2016, 1, 1))) {
                    out.add(screened.asOf(d));
                }
                out.add(screened.asOf(AS_OF).except(List.of(RecordId.of("incident-tm-2020-a"), RecordId.of("incident-az-2017"))));
            }
        }
        return out;
    }

    @Test
    void answersEveryQuestionAsTheCoreDoesInMemory() {
        RecordSet memory = RecordSet.of(StateIncidentSamples.registry());
        for (StateIncidents q : questions()) {
            assertThat(registry.incidents(q)).as(q.toString()).isEqualTo(memory.incidents(q));
        }
        StateIncidents.Tally tally = registry.asOf(AS_OF).incidents(StateIncidents.of(List.of(TM, AZ), List.of(Samples.REQUEST), 3));
        assertThat(tally.counts()).containsExactly(new StateIncidents.StateCount(AZ, 2, Optional.of(LocalDate.of(2020, 12, 1))),
                new StateIncidents.StateCount(TM, 4, Optional.of(LocalDate.of(2020, 5, 1))));
        assertThat(ids(tally.latest())).containsExactly("incident-az-2020-12", "incident-tm-2020-a", "incident-tm-2020-b");
    }

    @Test
    void asRecordedAfterTheImportAnswersEveryQuestionAsTheCoreDoesInMemory() {
        RecordSet memory = RecordSet.of(StateIncidentSamples.registry());
        org.tutela.core.registry.RegistryView recorded = registry.asRecordedAt(java.time.Instant.now());
        for (StateIncidents q : questions()) {
            assertThat(recorded.incidents(q)).as(q.toString()).isEqualTo(memory.incidents(q));
        }
    }

    @Test
    void countsOnlyTheRecordsOfTheScope() {
        RecordCompartments compartments = new RecordCompartments(storage.dataSource());
        compartments.assign(List.of("incident-tm-2019", "incident-tm-2020-a", "incident-az-2017"), "ngo-a");
        compartments.assign(List.of("incident-tm-2020-b", "incident-az-2020-12"), "ngo-b");
        StateIncidents q = StateIncidents.of(List.of(TM, AZ), List.of(Samples.REQUEST), 3).asOf(AS_OF);

        StateIncidents.Tally a = registry.incidents(q, RecordScope.within(List.of("ngo-a")));
        assertThat(a.counts()).containsExactly(new StateIncidents.StateCount(TM, 2, Optional.of(LocalDate.of(2020, 5, 1))),
                new StateIncidents.StateCount(AZ, 1, Optional.of(LocalDate.of(2017, 1, 1))));
        assertThat(ids(a.latest())).containsExactly("incident-tm-2020-a", "incident-tm-2019", "incident-az-2017");
        assertThat(registry.incidents(q, RecordScope.within(List.of("ngo-a", "ngo-b"))).total()).isEqualTo(5);
        // the pool nobody was given: the undated incident alone, of the six counted as of the date
        assertThat(ids(registry.incidents(q, RecordScope.UNASSIGNED).latest())).containsExactly("incident-tm-undated");
        assertThat(registry.incidents(q, RecordScope.within(List.of()))).isEqualTo(StateIncidents.Tally.NONE);
        assertThat(registry.incidents(q, RecordScope.WHOLE).total()).isEqualTo(6);
    }

    @Test
    void aNewRevisionMovesTheIncidentInTheAnswerAndARetractionRemovesIt() {
        StateIncidents q = StateIncidents.of(List.of(TM), List.of(Samples.REQUEST), 1).asOf(AS_OF);
        assertThat(registry.incidents(q).total()).isEqualTo(4);
        registry.save(incident("incident-tm-2022", TM, LocalDate.of(2020, 12, 24), null), Change.by("editor@example.org", "the date was wrong"));
        assertThat(registry.incidents(q).total()).isEqualTo(5);
        assertThat(ids(registry.incidents(q).latest())).containsExactly("incident-tm-2022");
        registry.retract(RecordId.of("incident-tm-2022"), Change.by("editor@example.org", "not an incident"));
        assertThat(registry.incidents(q).total()).isEqualTo(4);
        assertThat(ids(registry.incidents(q).latest())).containsExactly("incident-tm-2020-a");
    }

    @Test
    void theMigrationFillsTheDatesOfKeysWrittenBeforeIt() throws Exception {
        Jdbc.inTransaction(storage.dataSource(), c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE record_key SET event_date = NULL, known_from = NULL");
            }
            return null;
        }, "the keys");
        StateIncidents q = StateIncidents.of(List.of(TM, AZ), List.of(Samples.REQUEST), 3).asOf(AS_OF);
        assertThat(registry.incidents(q).total()).as("undated keys count whatever the date").isEqualTo(8);
        Jdbc.inTransaction(storage.dataSource(), c -> {
            try {
                new db.migration.V121__record_key_dates_backfill().migrate(context(c));
            } catch (Exception e) {
                throw new java.sql.SQLException(e);
            }
            return null;
        }, "the keys");
        assertThat(registry.incidents(q)).isEqualTo(RecordSet.of(StateIncidentSamples.registry()).incidents(q));
    }

    /** A migration's context on {@code c}: how a test runs a Java migration again. */
    static Context context(Connection c) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return c;
            }
        };
    }

    @Test
    void onlyIncidentsHaveThePerpetratorsKey() {
        // the samples' own incident (BY) is found by its state; nothing else of the sample case is
        StateIncidents.Tally by = registry.incidents(StateIncidents.of(Set.of(Country.of("BY")), List.of(), 10));
        assertThat(by.latest()).allSatisfy(i -> assertThat(i).isInstanceOf(Incident.class));
        assertThat(by.total()).isEqualTo(Samples.all().stream().filter(r -> r instanceof Incident i && i.perpetratorState().equals(Country.of("BY"))).count());
    }
}
