package org.tutela.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.registry.StateIncidentSamples.AS_OF;
import static org.tutela.core.registry.StateIncidentSamples.AZ;
import static org.tutela.core.registry.StateIncidentSamples.TM;
import static org.tutela.core.registry.StateIncidentSamples.UZ;
import static org.tutela.core.registry.StateIncidentSamples.ids;
import static org.tutela.core.registry.StateIncidentSamples.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a view answers when asked how many incidents states perpetrated and which are the latest. */
class StateIncidentsTest {
    private final RecordSet registry = RecordSet.of(StateIncidentSamples.registry());
    private final StateIncidents both = StateIncidents.of(List.of(TM, AZ), List.of(Samples.REQUEST), 3);

    @Test
    void countsEachStateAndShowsTheLatestMostRecentFirstUndatedLastSameDayById() {
        StateIncidents.Tally all = registry.incidents(StateIncidents.of(List.of(TM), List.of(), 10));
        assertThat(all.counts()).containsExactly(new StateIncidents.StateCount(TM, 7, Optional.of(LocalDate.of(2022, 1, 1))));
        assertThat(ids(all.latest())).containsExactly("incident-tm-2022", "incident-tm-linked", "incident-tm-2020-a", "incident-tm-2020-b",
                "incident-tm-2019", "incident-tm-known-late", "incident-tm-undated");
        assertThat(registry.incidents(StateIncidents.of(List.of(UZ, AZ), List.of(), 1)).counts())
                .extracting(StateIncidents.StateCount::state).containsExactly(AZ, UZ);
    }

    @Test
    void asOfADateCountsOnlyWhatHadHappenedAndWasKnownByThen() {
        StateIncidents.Tally tally = registry.asOf(AS_OF).incidents(both);
        // TM: neither the incident of 2022 nor the one of 2018 its sources date to June 2021; AZ first, its latest is later
        assertThat(tally.counts()).containsExactly(new StateIncidents.StateCount(AZ, 2, Optional.of(LocalDate.of(2020, 12, 1))),
                new StateIncidents.StateCount(TM, 4, Optional.of(LocalDate.of(2020, 5, 1))));
        assertThat(tally.total()).isEqualTo(6);
        assertThat(ids(tally.latest())).containsExactly("incident-az-2020-12", "incident-tm-2020-a", "incident-tm-2020-b");
        // a view as of an earlier date inside a later one keeps the earlier
        assertThat(registry.asOf(LocalDate.of(2019, 12, 31)).asOf(AS_OF).incidents(both).total()).isEqualTo(3);
        assertThat(registry.asOf(AS_OF).asOf(LocalDate.of(2019, 12, 31)).incidents(both).total()).isEqualTo(3);
    }

    @Test
    void anIncidentLinkedToTheScreenedRequestNeverCounts() {
        StateIncidents withIt = StateIncidents.of(List.of(TM), List.of(), 10);
        StateIncidents without = StateIncidents.of(List.of(TM), List.of(Samples.REQUEST), 10);
        assertThat(ids(registry.incidents(withIt).latest())).contains("incident-tm-linked");
        assertThat(ids(registry.incidents(without).latest())).doesNotContain("incident-tm-linked");
        assertThat(registry.incidents(without).total()).isEqualTo(registry.incidents(withIt).total() - 1);
    }

    @Test
    void aViewLimitedToWhatItsOwnerMaySeeCountsNothingElse() {
        Set<RecordId> hidden = Set.of(RecordId.of("incident-az-2020-12"), RecordId.of("incident-tm-2020-a"));
        RegistryView owners = new Limited(registry, hidden);
        StateIncidents.Tally tally = owners.asOf(AS_OF).incidents(both);
        assertThat(tally.counts()).containsExactly(new StateIncidents.StateCount(TM, 3, Optional.of(LocalDate.of(2020, 5, 1))),
                new StateIncidents.StateCount(AZ, 1, Optional.of(LocalDate.of(2017, 1, 1))));
        assertThat(ids(tally.latest())).containsExactly("incident-tm-2020-b", "incident-tm-2019", "incident-az-2017");
    }

    @Test
    void recordsLaidOverTheRegistryReplaceItsOwn() {
        // the intake says the incident of 2019 was AZ's, not TM's, and brings one more of TM's
        RegistryView intake = registry.with(List.of(incident("incident-tm-2019", AZ, LocalDate.of(2019, 3, 1), null),
                incident("incident-tm-intake", TM, LocalDate.of(2020, 11, 1), null)));
        StateIncidents.Tally tally = intake.asOf(AS_OF).incidents(both);
        assertThat(tally.counts()).containsExactly(new StateIncidents.StateCount(AZ, 3, Optional.of(LocalDate.of(2020, 12, 1))),
                new StateIncidents.StateCount(TM, 4, Optional.of(LocalDate.of(2020, 11, 1))));
        assertThat(ids(tally.latest())).containsExactly("incident-az-2020-12", "incident-tm-intake", "incident-tm-2020-a");
    }

    @Test
    void aViewThatReadsOnceAnswersAsTheViewBeneath() {
        RegistryView once = registry.asOf(AS_OF).readOnce();
        assertThat(once.incidents(both)).isEqualTo(registry.asOf(AS_OF).incidents(both));
        assertThat(once.incidents(both)).isSameAs(once.incidents(both));
        assertThat(once.withAnyKey(Incident.class, List.of(RecordKey.perpetrator(AZ)))).hasSize(2);
    }

    @Test
    void noStatesNoIncidents() {
        assertThat(registry.incidents(StateIncidents.of(List.of(), List.of(), 3))).isEqualTo(StateIncidents.Tally.NONE);
    }

    /** A view without some records, as a compartment's owner sees the registry. */
    private record Limited(RegistryView registry, Set<RecordId> hidden) implements RegistryView {
        @Override
        public Optional<RegistryRecord> get(RecordId id) {
            return hidden.contains(id) ? Optional.empty() : registry.get(id);
        }

        @Override
        public <T extends RegistryRecord> List<T> all(Class<T> type) {
            return registry.all(type).stream().filter(r -> !hidden.contains(r.id())).toList();
        }

        @Override
        public List<RegistryRecord> referencing(RecordId id) {
            return registry.referencing(id).stream().filter(r -> !hidden.contains(r.id())).toList();
        }
    }
}
