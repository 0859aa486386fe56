package org.tutela.app.requests;

import org.tutela.core.registry.ApproximateDate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tutela.app.screening.SamplesInCompartments;
import org.tutela.app.security.Role;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
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
    @RegisterExtension
    static final SamplesInCompartments samples = new SamplesInCompartments(List.of(laterRequest(LATER), laterRequest(ELSEWHERE)),
            List.of(ELSEWHERE.value()));

    /** A request of the same state as the samples' one, three months later, asking for its officials to attend. */
    static CooperationRequest laterRequest(RecordId id) {
        return SamplesInCompartments.sampleRequest(id, ApproximateDate.on(2021, 5, 20),
                List.of(CooperationRequest.Measure.of(CooperationRequest.Measure.Kind.FOREIGN_OFFICIALS_PRESENT,
                        CooperationRequest.Measure.Scope.SPECIFIC, "two investigators at the hearing")));
    }

    static Registry as(String name, Role role, String compartment) {
        return samples.as(name, role, compartment, "breach test");
    }

    static void act(Registry visible, Actor actor, Step step, LocalDate on, Evidence... sources) {
        RequestDesk desk = samples.tutela().requests();
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
        samples.tutela().screening().screen(EARLIER, LocalDate.of(2021, 3, 1), inside);
        act(inside, authority, null, LocalDate.of(2021, 3, 1));
        act(inside, authority, new Step.DecideAdmission(Step.DecideAdmission.Admission.ADMITTED_WITH_CONDITIONS,
                List.of(Condition.of(Condition.Kind.NO_FOREIGN_OFFICIALS_PRESENT)), Optional.of("the condition answers the flags"),
                Optional.empty()), LocalDate.of(2021, 3, 15));
        ScreeningReport before = samples.tutela().screening().screen(LATER, LocalDate.of(2021, 5, 20), inside);
        assertThat(citing(before, "TNR-15", EARLIER)).as("nothing breached yet").isEmpty();

        act(as("ov", Role.OVERSIGHT, "inside"), Actor.of("ov", DeskFunction.OVERSIGHT), new Step.CheckCondition(1, Condition.State.BREACHED,
                List.of(new Evidence(Optional.of(Samples.SOURCE_2), "two officials of the requesting state sat in the hearing"))), BREACHED_ON);

        ScreeningReport later = samples.tutela().screening().screen(LATER, LocalDate.of(2021, 9, 1), inside);
        assertThat(citing(later, "TNR-15", EARLIER)).singleElement().satisfies(f -> {
            assertThat(f.statement()).contains("no officials of the requesting state present").contains(BREACHED_ON.toString());
            assertThat(f.citations()).extracting(c -> c.source()).contains(Samples.SOURCE_2);
        });
        assertThat(citing(later, "TNR-11", EARLIER)).as("flag 11 cites it as history").hasSize(1);
        assertThat(citing(samples.tutela().screening().screen(LATER, LocalDate.of(2021, 5, 31), inside), "TNR-15", EARLIER))
                .as("screened as of a day before the breach").isEmpty();
        assertThat(citing(samples.tutela().screening().screen(EARLIER, LocalDate.of(2021, 9, 1), inside), "TNR-15", EARLIER))
                .as("never the request itself").isEmpty();

        Registry outside = as("other-ca", Role.REVIEWER, "outside");
        ScreeningReport elsewhere = samples.tutela().screening().screen(ELSEWHERE, LocalDate.of(2021, 9, 1), outside);
        assertThat(elsewhere.result("TNR-15").orElseThrow().facts()).as("its owner cannot see the breached request")
                .noneMatch(f -> f.record().equals(EARLIER));
        assertThat(elsewhere.result("TNR-11").orElseThrow().facts()).noneMatch(f -> f.record().equals(EARLIER));
        assertThat(elsewhere.result("TNR-11").orElseThrow().fired()).as("the same request, so flag 11 fires on its own measure").isTrue();
    }
}
