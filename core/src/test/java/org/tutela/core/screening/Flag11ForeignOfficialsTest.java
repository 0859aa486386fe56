package org.tutela.core.screening;

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

/** Flag 11 on its own minimal fixtures. */
class Flag11ForeignOfficialsTest {
    @Test
    void firesWhenOfficialsAreToAttendAndNotOtherwise() {
        var attend = request().target("person-exile").measure(Measure.Kind.FOREIGN_OFFICIALS_PRESENT, Measure.Scope.SPECIFIC, "two investigators").build();
        fired(outcome("TNR-11", attend, registry(exile())));
        assertThat(outcome("TNR-11", request().target("person-exile").build(), registry(exile()))).isInstanceOf(NotFired.class);
    }

    @Test
    void citesTheStatesEarlierBreachOfTheNoOfficialsConditionAsHistory() {
        var earlier = request().id("request-earlier").date(LocalDate.of(2019, 5, 1)).build();
        var officials = breach("request-earlier", REQUESTING, org.tutela.core.requests.Condition.Kind.NO_FOREIGN_OFFICIALS_PRESENT, LocalDate.of(2020, 2, 2));
        var bar = breach("request-earlier", REQUESTING, org.tutela.core.requests.Condition.Kind.BAR_REPRESENTATIVE_PRESENT, LocalDate.of(2020, 2, 2));
        var attend = request().target("person-exile").measure(Measure.Kind.FOREIGN_OFFICIALS_PRESENT, Measure.Scope.SPECIFIC, "two investigators").build();
        Fired f = fired(outcome("TNR-11", attend, registry(exile(), earlier), java.util.Map.of(earlier.id(), List.of(officials, bar))));
        assertThat(f.facts()).filteredOn(x -> x.record().equals(earlier.id())).singleElement()
                .satisfies(x -> assertThat(x.statement()).contains("no officials of the requesting state present"));
        assertThat(outcome("TNR-11", request().target("person-exile").build(), registry(exile(), earlier),
                java.util.Map.of(earlier.id(), List.of(officials)))).as("history alone does not fire the flag").isInstanceOf(NotFired.class);
    }
}
