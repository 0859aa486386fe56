package org.tutela.app.requests;

import org.tutela.core.registry.ApproximateDate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Caller;
import org.tutela.app.security.Role;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.Samples;
import org.tutela.core.requests.Actor;
import org.tutela.core.requests.Condition;
import org.tutela.core.requests.DeskFunction;
import org.tutela.core.requests.Evidence;
import org.tutela.core.requests.Step;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.ScreeningReport;

/**
 * Issue 10's last piece, end to end on a real database: a breach recorded in one request's file through
 * the request desk is a fact the screening of a later request of the same state cites (flags 11 and 15),
 * and only where the later request's owner may see the breached request.
 */
class BreachHistoryTest {
    static final RecordId EARLIER = Samples.REQUEST;
    static final RecordId LATER = RecordId.of("request-sample-later-mla");
    static final RecordId ELSEWHERE = RecordId.of("request-sample-other-compartment");
    static final LocalDate BREACHED_ON = LocalDate.of(2021, 6, 1);
    @TempDir
    static Path dir;
    static Tutela tutela;

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        List<RegistryRecord> records = new ArrayList<>(Samples.all());
        records.add(laterRequest(LATER));
        records.add(laterRequest(ELSEWHERE));
        tutela.registry().saveAll(records, Change.by("test", "fixtures"));
        tutela.awaitConsumers();
        tutela.compartments().assignUnassigned("inside");
        tutela.compartments().assign(List.of(ELSEWHERE.value()), "outside");
    }

    @AfterAll
    static void stop() {
        tutela.close();
    }

    /** A request of the same state as the samples' one, three months later, asking for its officials to attend. */
    static CooperationRequest laterRequest(RecordId id) {
        CooperationRequest r = Samples.mlaRequest();
        return new CooperationRequest(id, r.type(), r.requestingState(), r.requestedState(), Optional.of(ApproximateDate.on(2021, 5, 20)),
                List.of(), r.requestingAuthority(), Optional.empty(), r.persons(), r.offences(), r.allegedFacts(),
                List.of(CooperationRequest.Measure.of(CooperationRequest.Measure.Kind.FOREIGN_OFFICIALS_PRESENT,
                        CooperationRequest.Measure.Scope.SPECIFIC, "two investigators at the hearing")),
                r.legalBases(), r.channel(), Optional.empty(), List.of(), List.of(),
                Provenance.of(LocalDate.of(2021, 5, 20), org.tutela.core.registry.Citation.of(Samples.SOURCE)));
    }

    static Registry as(String name, Role role, String compartment) {
        return tutela.registryFor(() -> Optional.of(new Caller(name, role, Set.of(compartment), Optional.of("breach test"), Optional.empty())));
    }

    static void act(Registry visible, Actor actor, Step step, LocalDate on, Evidence... sources) {
        RequestDesk desk = tutela.requests();
        int revision = desk.file(EARLIER, visible).revision();
        desk.act(EARLIER, new StepInput(step, Optional.of(on), "test step", List.of(sources), Optional.of(revision), Optional.empty()),
                Optional.empty(), actor, visible, "breach test");
    }

    /** The breaches a flag cites from the file of {@code record}. */
    static List<Fact> citing(ScreeningReport report, String flag, RecordId record) {
        return report.result(flag).orElseThrow().facts().stream().filter(f -> f.record().equals(record))
                .filter(f -> f.message().orElseThrow().key().startsWith("fact.breach.")).toList();
    }

    @Test
    void aBreachRecordedOnOneRequestIsCitedByTheLaterRequestsScreeningOnlyWhereItsOwnerSeesIt() {
        Registry inside = as("ca", Role.REVIEWER, "inside");
        Actor authority = Actor.of("ca", DeskFunction.CENTRAL_AUTHORITY);
        tutela.screening().screen(EARLIER, LocalDate.of(2021, 3, 1), inside);
        act(inside, authority, null, LocalDate.of(2021, 3, 1));
        act(inside, authority, new Step.DecideAdmission(Step.DecideAdmission.Admission.ADMITTED_WITH_CONDITIONS,
                List.of(Condition.of(Condition.Kind.NO_FOREIGN_OFFICIALS_PRESENT)), Optional.of("the condition answers the flags"),
                Optional.empty()), LocalDate.of(2021, 3, 15));
        ScreeningReport before = tutela.screening().screen(LATER, LocalDate.of(2021, 5, 20), inside);
        assertThat(citing(before, "TNR-15", EARLIER)).as("nothing breached yet").isEmpty();

        act(as("ov", Role.OVERSIGHT, "inside"), Actor.of("ov", DeskFunction.OVERSIGHT), new Step.CheckCondition(1, Condition.State.BREACHED,
                List.of(new Evidence(Optional.of(Samples.SOURCE_2), "two officials of the requesting state sat in the hearing"))), BREACHED_ON);

        ScreeningReport later = tutela.screening().screen(LATER, LocalDate.of(2021, 9, 1), inside);
        assertThat(citing(later, "TNR-15", EARLIER)).singleElement().satisfies(f -> {
            assertThat(f.statement()).contains("no officials of the requesting state present").contains(BREACHED_ON.toString());
            assertThat(f.citations()).extracting(c -> c.source()).contains(Samples.SOURCE_2);
        });
        assertThat(citing(later, "TNR-11", EARLIER)).as("flag 11 cites it as history").hasSize(1);
        assertThat(citing(tutela.screening().screen(LATER, LocalDate.of(2021, 5, 31), inside), "TNR-15", EARLIER))
                .as("screened as of a day before the breach").isEmpty();
        assertThat(citing(tutela.screening().screen(EARLIER, LocalDate.of(2021, 9, 1), inside), "TNR-15", EARLIER))
                .as("never the request itself").isEmpty();

        Registry outside = as("other-ca", Role.REVIEWER, "outside");
        ScreeningReport elsewhere = tutela.screening().screen(ELSEWHERE, LocalDate.of(2021, 9, 1), outside);
        assertThat(elsewhere.result("TNR-15").orElseThrow().facts()).as("its owner cannot see the breached request")
                .noneMatch(f -> f.record().equals(EARLIER));
        assertThat(elsewhere.result("TNR-11").orElseThrow().facts()).noneMatch(f -> f.record().equals(EARLIER));
        assertThat(elsewhere.result("TNR-11").orElseThrow().fired()).as("the same request, so flag 11 fires on its own measure").isTrue();
    }
}
