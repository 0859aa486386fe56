package org.tutela.storage.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Samples;
import org.tutela.core.requests.Actor;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.Condition;
import org.tutela.core.requests.DeskFunction;
import org.tutela.core.requests.Disclosure;
import org.tutela.core.requests.Evidence;
import org.tutela.core.requests.HoldKind;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.ScreeningReference;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Workflow;
import org.tutela.core.requests.WorkflowAlert;
import org.tutela.core.requests.WorkflowConflictException;
import org.tutela.core.screening.Band;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageContract;

/** Request files kept and read back, one winner when two desks act at once, the same on every database. */
abstract class RequestFilesContractTest extends StorageContract {
    static final Actor AUTHORITY = Actor.of("ca", DeskFunction.CENTRAL_AUTHORITY);
    static final Actor JUDGE = Actor.of("ij", DeskFunction.INVESTIGATING_JUDGE);
    private Workflow workflow;
    private CooperationRequest request;

    @BeforeEach
    void setUp() {
        storage.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        request = Samples.mlaRequest();
        workflow = new Workflow(storage.requestFiles(), Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));
    }

    RequestFile act(Step step, Actor actor) {
        return workflow.act(request, workflow.file(request).revision(),
                new Attempt(step, actor, Optional.of(java.time.LocalDate.of(2026, 5, 1)), "because", List.of(Evidence.of(Samples.SOURCE.value(), "p. 3")))).file();
    }

    @Test
    void everyKindOfStepIsReadBackAsItWasWritten() {
        act(new Step.RelyOnScreening(new ScreeningReference(LocalDate.of(2026, 4, 1), "2026.1", Band.SUSPEND_AND_REQUIRE_ASSURANCES, List.of("TNR-01"))), AUTHORITY);
        act(new Step.DecideAdmission(Step.DecideAdmission.Admission.ADMITTED_WITH_CONDITIONS,
                List.of(Condition.of(Condition.Kind.SPECIALITY), new Condition(Condition.Kind.OTHER, Optional.of("no use in civil cases"), Optional.empty())),
                Optional.of("assurances answer the flags"), Optional.empty()), AUTHORITY);
        act(new Step.PlaceHold(HoldKind.APPEAL_PENDING, Optional.of(java.time.LocalDate.of(2026, 4, 20))), JUDGE);
        act(new Step.RecordDisclosure(new Disclosure(Disclosure.Item.CASE_FILE, "copy of the appeal file", List.of(),
                Disclosure.Recipient.REQUESTING_STATE_LAWYER, "its lawyer", LocalDate.of(2026, 4, 25), Optional.empty(), Optional.empty(),
                Optional.empty(), false)), JUDGE);
        act(new Step.CheckCondition(1, Condition.State.BREACHED, List.of(Evidence.note("used in another case"))), JUDGE);
        act(new Step.SetDueDate(Step.SetDueDate.DueKind.STATUTORY_LIMIT, LocalDate.of(2026, 9, 1), Optional.empty()), AUTHORITY);

        List<org.tutela.core.requests.Entry> written = workflow.file(request).entries();
        Storage reopened = Storage.open(config);
        try {
            List<org.tutela.core.requests.Entry> read = reopened.requestFiles().entries(request.id());
            assertThat(read).isEqualTo(written);
            RequestFile file = RequestFile.of(request, read);
            assertThat(file.admission().orElseThrow().decision().reliedOn().orElseThrow().band()).isEqualTo(Band.SUSPEND_AND_REQUIRE_ASSURANCES);
            assertThat(file.ledger()).singleElement().satisfies(l -> assertThat(l.breach()).isTrue());
            assertThat(reopened.requestFiles().alerts(request.id())).extracting(a -> a.alert().kind())
                    .containsExactly(WorkflowAlert.Kind.DISCLOSURE_BREACH, WorkflowAlert.Kind.CONDITION_BREACHED);
            assertThat(reopened.requestFiles().all()).containsOnlyKeys(request.id());
        } finally {
            reopened.close();
        }
    }

    @Test
    void twoDesksActingAtOnceOneWinsAndTheOtherIsToldWithTheRequestAndTheStep() throws Exception {
        act(new Step.RelyOnScreening(new ScreeningReference(LocalDate.of(2026, 4, 1), "2026.1", Band.NO_CONCERN_FOUND, List.of())), AUTHORITY);
        int revision = workflow.file(request).revision();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> runs = new ArrayList<>();
        for (String desk : List.of("desk A", "desk B")) {
            runs.add(pool.submit(() -> {
                start.await();
                try {
                    workflow.act(request, revision, Attempt.of(new Step.AssignHolder(desk, Optional.empty()), AUTHORITY, "take it"));
                } catch (RuntimeException e) {
                    failures.add(e);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        assertThat(failures).singleElement().isInstanceOf(WorkflowConflictException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(request.id().value()).contains("ASSIGN_HOLDER"));
        assertThat(workflow.file(request).revision()).isEqualTo(revision + 1);
    }

    @Test
    void aStaleRevisionIsRefusedAndNothingIsWritten() {
        act(new Step.RelyOnScreening(new ScreeningReference(LocalDate.of(2026, 4, 1), "2026.1", Band.NO_CONCERN_FOUND, List.of())), AUTHORITY);
        assertThatThrownBy(() -> workflow.act(request, 0, Attempt.of(new Step.AssignHolder("desk", Optional.empty()), AUTHORITY, "late")))
                .isInstanceOf(WorkflowConflictException.class);
        assertThat(storage.requestFiles().entries(request.id())).hasSize(1);
    }

    @Test
    void aDeskFunctionIsKeptPerAccount() throws Exception {
        DeskAssignments desks = new DeskAssignments(storage.dataSource());
        new org.tutela.storage.security.AccountStore(storage.dataSource()).create("judge", "hash", "REVIEWER", List.of("c"));
        assertThat(desks.of("judge")).isEmpty();
        desks.set("judge", Optional.of(DeskFunction.INVESTIGATING_JUDGE));
        assertThat(desks.of("judge")).contains(DeskFunction.INVESTIGATING_JUDGE);
        desks.set("judge", Optional.empty());
        assertThat(desks.of("judge")).isEmpty();
    }
}
