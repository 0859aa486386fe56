package org.tutela.exchange.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.requests.Condition;
import org.tutela.core.requests.FileItems;
import org.tutela.core.requests.HoldKind;
import org.tutela.core.requests.InMemoryRequestFiles;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.RequestState;
import org.tutela.core.requests.ScreeningReference;
import org.tutela.core.requests.Workflow;
import org.tutela.core.screening.Band;

/** The seed case's replay passes every workflow rule and cites only records of the seed data. */
class SeedWorkflowTest {
    final List<RegistryRecord> seed = DemoCase.records();

    RequestFile replay(Band band) {
        InMemoryRequestFiles files = new InMemoryRequestFiles();
        Workflow workflow = new Workflow(files, Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
        for (SeedWorkflow.Replayed step : SeedWorkflow.steps(seed, (id, day) -> new ScreeningReference(day, "test", band, List.of()))) {
            CooperationRequest request = (CooperationRequest) seed.stream().filter(r -> r.id().equals(step.request())).findFirst().orElseThrow();
            workflow.act(request, workflow.file(request).revision(), step.attempt());
        }
        CooperationRequest mla = (CooperationRequest) seed.stream().filter(r -> r.id().equals(SeedWorkflow.MLA)).findFirst().orElseThrow();
        return workflow.file(mla);
    }

    @Test
    void theMlaRequestIsAdmittedAgainstTheAdviceWithItsBreachesAndTheHoldAndThe2023CopyIsABreachOfTheHold() {
        RequestFile file = replay(Band.REFUSE);
        assertThat(file.admission().orElseThrow().departs()).isTrue();
        assertThat(file.breachedConditions()).extracting(c -> c.condition().kind()).containsExactly(
                Condition.Kind.BAR_REPRESENTATIVE_PRESENT, Condition.Kind.NO_FOREIGN_OFFICIALS_PRESENT, Condition.Kind.NOTHING_SENT_DURING_APPEAL);
        assertThat(file.activeHolds()).extracting(FileItems.HoldItem::kind).containsExactly(HoldKind.APPEAL_PENDING);
        FileItems.LedgerItem copy = file.ledger().stream().filter(l -> l.disclosure().on().getYear() == 2023).findFirst().orElseThrow();
        assertThat(copy.breaches()).extracting(FileItems.Breach::holdKind).containsExactly(java.util.Optional.of(HoldKind.APPEAL_PENDING));
        assertThat(copy.disclosure().concerning()).isEqualTo(file.request().targets()).isNotEmpty();
        assertThat(file.state()).isEqualTo(RequestState.SUSPENDED);
    }

    @Test
    void everyRecordTheReplayCitesIsInTheSeedData() {
        Set<RecordId> ids = seed.stream().map(RegistryRecord::id).collect(Collectors.toSet());
        List<RecordId> cited = SeedWorkflow.steps(seed, (id, day) -> new ScreeningReference(day, "test", Band.REFUSE, List.of())).stream()
                .flatMap(s -> java.util.stream.Stream.concat(s.attempt().sources().stream(),
                        s.attempt().step() instanceof org.tutela.core.requests.Step.CheckCondition c ? c.evidence().stream() : java.util.stream.Stream.empty()))
                .flatMap(e -> e.record().stream()).distinct().toList();
        assertThat(cited).isNotEmpty().allSatisfy(id -> assertThat(ids).contains(id));
    }
}
