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

/** Flag 8 on its own minimal fixtures. */
class Flag08ProfileTest {
    @Test
    void firesOnAJournalistAndOnALawyerOfAnOppositionLeader() {
        var journalist = person("person-j", List.of(REQUESTING), List.of(HOST), Person.Role.JOURNALIST);
        fired(outcome("TNR-08", request().target("person-j").build(), registry(journalist)));
        var lawyer = person("person-l", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER);
        var leader = person("person-leader", List.of(REQUESTING), List.of(HOST), Person.Role.OPPOSITION_LEADER);
        var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-leader", null);
        assertThat(fired(outcome("TNR-08", request().target("person-l").build(), registry(lawyer, leader, tie))).facts())
                .extracting(Fact::record).contains(RecordId.of("rel-counsel"));
    }

    @Test
    void doesNotFireOnABusinessPersonOrALawyerOfOrdinaryClients() {
        var trader = person("person-t", List.of(REQUESTING), List.of(HOST), Person.Role.BUSINESS_PERSON);
        assertThat(outcome("TNR-08", request().target("person-t").build(), registry(trader))).isInstanceOf(NotFired.class);
        var lawyer = person("person-l", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER);
        var client = person("person-c", List.of(REQUESTING), List.of(HOST));
        var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", null);
        assertThat(outcome("TNR-08", request().target("person-l").build(), registry(lawyer, client, tie))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellTheProfileOfAnUnidentifiedTarget() {
        notEvaluable(outcome("TNR-08", request().unresolvedTarget("X").build(), registry()));
    }
}
