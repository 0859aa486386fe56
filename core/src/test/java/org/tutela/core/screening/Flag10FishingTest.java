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

/** Flag 10 on its own minimal fixtures. */
class Flag10FishingTest {
    @Test
    void firesOnOpenEndedMeasuresOrMissingFacts() {
        var all = request().target("person-exile").measure(Measure.Kind.SEIZE_DEVICES, Measure.Scope.OPEN_ENDED, "all devices").build();
        fired(outcome("TNR-10", all, registry(exile())));
        var vague = request().target("person-exile").facts().measure(Measure.Kind.BANK_RECORDS, Measure.Scope.SPECIFIC, "account X").build();
        assertThat(fired(outcome("TNR-10", vague, registry(exile()))).facts()).extracting(Fact::statement)
                .contains("the request states no facts");
    }

    @Test
    void doesNotFireOnSpecificMeasures() {
        var specific = request().target("person-exile").measure(Measure.Kind.BANK_RECORDS, Measure.Scope.SPECIFIC, "account X, 2020").build();
        assertThat(outcome("TNR-10", specific, registry(exile()))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellTheScopeWhenItIsNotRecorded() {
        var unknown = request().target("person-exile").measure(Measure.Kind.BANK_RECORDS, Measure.Scope.UNSPECIFIED, null).build();
        notEvaluable(outcome("TNR-10", unknown, registry(exile())));
    }
}
