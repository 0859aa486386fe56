package org.tutela.core.screening;

import org.tutela.core.registry.ApproximateDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.NEIGHBOUR;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.THIRD;
import static org.tutela.core.screening.Fixtures.company;
import static org.tutela.core.screening.Fixtures.decision;
import static org.tutela.core.screening.Fixtures.incident;
import static org.tutela.core.screening.Fixtures.person;
import static org.tutela.core.screening.Fixtures.proceeding;
import static org.tutela.core.screening.Fixtures.refugee;
import static org.tutela.core.screening.Fixtures.registry;
import static org.tutela.core.screening.Fixtures.relation;
import static org.tutela.core.screening.Fixtures.request;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Attachment;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Relationship;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;
import static org.tutela.core.screening.FlagChecks.*;

/** Flag 1 on its own minimal fixtures. */
class Flag01RefugeeTest {
    @Test
    void firesForARefugeeFromTheRequestingState() {
        var r = registry(exile(), refugee("person-exile", HOST, REQUESTING, LocalDate.of(2019, 5, 1)));
        Fired f = fired(outcome("TNR-01", request().target("person-exile").build(), r));
        assertThat(f.facts()).extracting(Fact::record).contains(RecordId.of("protection-person-exile"));
        assertThat(f.facts()).allSatisfy(fact -> assertThat(fact.citations()).isNotEmpty());
    }

    @Test
    void firesForARefugeeFromTheStateBehindAProxyRequest() {
        var r = registry(exile(), refugee("person-exile", HOST, THIRD, LocalDate.of(2019, 5, 1)));
        var proxy = request().target("person-exile").onBehalfOf(THIRD).build();
        assertThat(fired(outcome("TNR-01", proxy, r)).facts()).extracting(Fact::statement)
                .anyMatch(s -> s.contains("on behalf of"));
    }

    @Test
    void firesWhenAComplainantIsControlledByThePersecutor() {
        var bank = company("org-bank", Organisation.Type.BANK, THIRD, THIRD);
        var r = registry(exile(), bank, refugee("person-exile", HOST, THIRD, LocalDate.of(2019, 5, 1)));
        fired(outcome("TNR-01", request().target("person-exile").complainant("org-bank").build(), r));
    }

    @Test
    void doesNotFireForARefugeeFromAnotherState() {
        var r = registry(exile(), refugee("person-exile", HOST, THIRD, LocalDate.of(2019, 5, 1)));
        Outcome o = outcome("TNR-01", request().target("person-exile").build(), r);
        assertThat(o).isInstanceOfSatisfying(NotFired.class, n -> assertThat(n.reason()).contains("neither the requesting state"));
    }

    @Test
    void doesNotFireWhenTheStatusWasGrantedAfterTheScreeningDate() {
        var r = registry(exile(), refugee("person-exile", HOST, REQUESTING, LocalDate.of(2021, 5, 20)));
        var request = request().target("person-exile").build();
        assertThat(SCREENING.screen(request, r, LocalDate.of(2021, 5, 1)).result("TNR-01").orElseThrow().outcome())
                .isInstanceOf(NotFired.class);
        fired(outcome("TNR-01", request, r));
    }

    @Test
    void doesNotFireWhenTheStatusEnded() {
        var ended = new ProtectionStatus(RecordId.of("protection-ended"), RecordId.of("person-exile"), ProtectionStatus.Type.REFUGEE,
                HOST, java.util.Optional.of(REQUESTING), java.util.Optional.of(ApproximateDate.on(2010, 1, 1)),
                java.util.Optional.of(ApproximateDate.on(2015, 1, 1)), java.util.Optional.empty(), Fixtures.cited(LocalDate.of(2010, 1, 1)));
        assertThat(outcome("TNR-01", request().target("person-exile").build(), registry(exile(), ended)))
                .isInstanceOfSatisfying(NotFired.class, n -> assertThat(n.reason()).contains("had ended"));
    }

    @Test
    void cannotTellForAnUnidentifiedTargetOrNoTarget() {
        var r = registry(exile());
        assertThat(notEvaluable(outcome("TNR-01", request().unresolvedTarget("IVANOV I.").build(), r)).missing()).contains("IVANOV I.");
        assertThat(notEvaluable(outcome("TNR-01", request().build(), r)).missing()).contains("names no person");
    }
}
