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

/** Flag 4 on its own minimal fixtures. */
class Flag04CoercionByProxyTest {
    @Test
    void firesWhenARelativeIsAccusedInTheSameCase() {
        var theCase = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile", "person-brother"), List.of(),
                Proceeding.Type.CRIMINAL);
        Fired f = fired(outcome("TNR-04", request().target("person-exile").proceeding("proceeding-case").build(),
                registry(exile(), brother(), siblings(), theCase)));
        assertThat(f.facts()).extracting(Fact::record).contains(RecordId.of("proceeding-case"), RecordId.of("rel-siblings"));
    }

    @Test
    void firesOnCoercionByProxyByTheRequestingState() {
        var hostage = incident("incident-hostage", Incident.Tactic.COERCION_BY_PROXY, REQUESTING, null, LocalDate.of(2020, 6, 1),
                List.of("person-brother", "person-exile"), List.of());
        fired(outcome("TNR-04", request().target("person-exile").build(), registry(exile(), brother(), siblings(), hostage)));
    }

    @Test
    void doesNotFireWhenTheRelativeIsNotInTheCase() {
        var theCase = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile"), List.of(), Proceeding.Type.CRIMINAL);
        assertThat(outcome("TNR-04", request().target("person-exile").proceeding("proceeding-case").build(),
                registry(exile(), brother(), siblings(), theCase))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellWhenTheRequestCitesNoCase() {
        notEvaluable(outcome("TNR-04", request().target("person-exile").build(), registry(exile(), brother(), siblings())));
        assertThat(outcome("TNR-04", request().target("person-exile").reference("2021/555").build(),
                registry(exile(), brother(), siblings()))).isInstanceOf(NotFired.class);
    }
}
