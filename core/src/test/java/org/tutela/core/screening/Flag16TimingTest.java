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

/** Flag 16 on its own minimal fixtures. */
class Flag16TimingTest {
    Person lawyer = person("person-l", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER);
    Person client = person("person-c", List.of(REQUESTING), List.of(HOST));

    @Test
    void firesWhenTheRequestFollowsTakingOnAClient() {
        var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.minusDays(20));
        Fired f = fired(outcome("TNR-16", request().target("person-l").build(), registry(lawyer, client, tie)));
        assertThat(f.facts()).extracting(Fact::statement).anyMatch(s -> s.contains("20 days later"));
    }

    @Test
    void doesNotFireWhenTheActivityIsLongBeforeOrAfter() {
        var before = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.minusYears(3));
        assertThat(outcome("TNR-16", request().target("person-l").build(), registry(lawyer, client, before))).isInstanceOf(NotFired.class);
        var after = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.plusDays(10));
        assertThat(outcome("TNR-16", request().target("person-l").build(), registry(lawyer, client, after))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellWithoutTheRequestDateOrTheTarget() {
        var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.minusDays(20));
        notEvaluable(outcome("TNR-16", request().target("person-l").date(null).build(), registry(lawyer, client, tie)));
        notEvaluable(outcome("TNR-16", request().unresolvedTarget("X").build(), registry()));
    }
}
