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

/** Flag 5 on its own minimal fixtures. */
class Flag05RefusedElsewhereTest {
    Proceeding theCase = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile"), List.of(), Proceeding.Type.CRIMINAL);

    @Test
    void firesOnAnotherStatesRefusalInTheSameCaseOnPoliticalGrounds() {
        var other = request().id("request-other").target("person-exile").proceeding("proceeding-case").build();
        var refusal = decision("decision-refusal", "request-other", Decision.Outcome.REFUSED, LocalDate.of(2020, 12, 5),
                List.of(), Decision.Ground.POLITICAL_MOTIVATION);
        fired(outcome("TNR-05", request().target("person-exile").proceeding("proceeding-case").build(),
                registry(exile(), theCase, other, refusal)));
    }

    @Test
    void firesOnANoticeDeletionConcerningThePerson() {
        var notice = request().id("request-notice").target("person-exile").build();
        var deletion = decision("decision-ccf", "request-notice", Decision.Outcome.NOTICE_DELETED, LocalDate.of(2019, 1, 1),
                List.of("person-exile"), Decision.Ground.INTERPOL_CONSTITUTION_ARTICLE_3);
        fired(outcome("TNR-05", request().target("person-exile").build(), registry(exile(), notice, deletion)));
    }

    @Test
    void doesNotFireOnAProceduralRefusal() {
        var other = request().id("request-other").target("person-exile").proceeding("proceeding-case").build();
        var refusal = decision("decision-refusal", "request-other", Decision.Outcome.REFUSED, LocalDate.of(2020, 12, 5),
                List.of(), Decision.Ground.PROCEDURAL);
        assertThat(outcome("TNR-05", request().target("person-exile").proceeding("proceeding-case").build(),
                registry(exile(), theCase, other, refusal))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellWithoutCaseOrTarget() {
        notEvaluable(outcome("TNR-05", request().unresolvedTarget("X").build(), registry()));
    }
}
