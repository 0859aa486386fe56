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

/** Flag 12 on its own minimal fixtures. */
class Flag12PressureTest {
    @Test
    void firesOnPressureOnHostOfficialsAboutTheTargetOrAnInformalChannel() {
        var letters = incident("incident-letters", Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS, REQUESTING, HOST, LocalDate.of(2021, 4, 1),
                List.of("person-exile"), List.of());
        fired(outcome("TNR-12", request().target("person-exile").build(), registry(exile(), letters)));
        fired(outcome("TNR-12", request().target("person-exile").channel(CooperationRequest.Channel.INFORMAL).build(), registry(exile())));
    }

    @Test
    void doesNotFireOnPressureInAnotherHostStateOrAFormalChannel() {
        var elsewhere = incident("incident-letters", Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS, REQUESTING, NEIGHBOUR,
                LocalDate.of(2021, 4, 1), List.of("person-exile"), List.of());
        assertThat(outcome("TNR-12", request().target("person-exile").build(), registry(exile(), elsewhere))).isInstanceOf(NotFired.class);
    }

    @Test
    void doesNotSeePressureRecordedAfterTheScreeningDate() {
        var later = incident("incident-letters", Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS, REQUESTING, HOST, LocalDate.of(2021, 8, 1),
                List.of("person-exile"), List.of());
        assertThat(outcome("TNR-12", request().target("person-exile").build(), registry(exile(), later))).isInstanceOf(NotFired.class);
    }

    @Test
    void aNoticeAddressedToAllInterpolMembersCountsPressureOnAnyMemberStatesOfficials() {
        var elsewhere = incident("incident-letters", Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS, REQUESTING, NEIGHBOUR,
                LocalDate.of(2021, 4, 1), List.of("person-exile"), List.of());
        var notice = request().type(CooperationRequest.Type.RED_NOTICE).channel(CooperationRequest.Channel.INTERPOL)
                .addressee(CooperationRequest.Addressee.allInterpolMembers()).target("person-exile").build();
        fired(outcome("TNR-12", notice, registry(exile(), elsewhere)));
        var viaBody = request().channel(CooperationRequest.Channel.REGIONAL_BODY).addressee(new CooperationRequest.Addressee(
                CooperationRequest.Addressee.Reach.REGIONAL_BODY, java.util.Optional.of("Arab Interior Ministers' Council"), List.of(HOST)))
                .target("person-exile").build();
        assertThat(outcome("TNR-12", viaBody, registry(exile(), elsewhere))).as("a body whose listed members exclude that state")
                .isInstanceOf(NotFired.class);
    }
}
