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

/** Flag 2 on its own minimal fixtures. */
class Flag02AsylumFileTest {
    @Test
    void firesWhenTheRefugeeFileIsRequested() {
        var req = request().target("person-exile").measure(Measure.Kind.REFUGEE_FILE, Measure.Scope.SPECIFIC, "the asylum file").build();
        fired(outcome("TNR-02", req, registry(exile())));
    }

    @Test
    void firesWhenAMeasureDescribesAsylumDataInAnyOfItsLanguages() {
        var english = request().target("person-exile").measure(Measure.Kind.OTHER, Measure.Scope.SPECIFIC,
                "documents she gave the CGRS").build();
        fired(outcome("TNR-02", english, registry(exile())));
        var russian = request().target("person-exile").measure(Measure.Kind.COPY_OF_CASE_FILE, Measure.Scope.SPECIFIC,
                "материалы о предоставлении ей убежища").build();
        fired(outcome("TNR-02", russian, registry(exile())));
        var unrelated = request().target("person-exile").measure(Measure.Kind.COPY_OF_CASE_FILE, Measure.Scope.SPECIFIC,
                "материалы дела о краже автомобиля").build();
        assertThat(outcome("TNR-02", unrelated, registry(exile()))).isInstanceOf(NotFired.class);
    }

    @Test
    void firesForAnImmigrationFileThatWouldRevealAnAsylumClaim() {
        var r = registry(exile(), refugee("person-exile", HOST, THIRD, LocalDate.of(2019, 5, 1)));
        var req = request().target("person-exile").measure(Measure.Kind.IMMIGRATION_FILE, Measure.Scope.SPECIFIC, "residence permit").build();
        fired(outcome("TNR-02", req, r));
    }

    @Test
    void doesNotFireForAnImmigrationFileOfSomeoneWithoutAsylumOrWhenNoFileIsAsked() {
        var req = request().target("person-exile").measure(Measure.Kind.IMMIGRATION_FILE, Measure.Scope.SPECIFIC, "residence permit").build();
        assertThat(outcome("TNR-02", req, registry(exile()))).isInstanceOf(NotFired.class);
        assertThat(outcome("TNR-02", request().target("person-exile").build(), registry(exile()))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellWhoseImmigrationFileItIs() {
        var req = request().unresolvedTarget("X").measure(Measure.Kind.IMMIGRATION_FILE, Measure.Scope.SPECIFIC, "permit").build();
        notEvaluable(outcome("TNR-02", req, registry()));
    }
}
