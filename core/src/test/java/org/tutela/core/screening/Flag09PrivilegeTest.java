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

/** Flag 9 on its own minimal fixtures. */
class Flag09PrivilegeTest {
    Person lawyer = person("person-l", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER);

    @Test
    void firesOnASearchOfALawyersHome() {
        var req = request().target("person-l").measure(Measure.Kind.SEARCH_HOME, Measure.Scope.SPECIFIC, "flat at a named address").build();
        fired(outcome("TNR-09", req, registry(lawyer)));
    }

    @Test
    void doesNotFireOnBankRecordsOfALawyerOrASearchOfANonLawyer() {
        var bank = request().target("person-l").measure(Measure.Kind.BANK_RECORDS, Measure.Scope.SPECIFIC, "account X").build();
        assertThat(outcome("TNR-09", bank, registry(lawyer))).isInstanceOf(NotFired.class);
        var search = request().target("person-exile").measure(Measure.Kind.SEARCH_HOME, Measure.Scope.SPECIFIC, "flat").build();
        assertThat(outcome("TNR-09", search, registry(exile()))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellWhetherAnUnidentifiedTargetIsALawyer() {
        var search = request().unresolvedTarget("X").measure(Measure.Kind.SEIZE_DEVICES, Measure.Scope.SPECIFIC, "phone").build();
        notEvaluable(outcome("TNR-09", search, registry()));
    }

    @Test
    void aLawyerOnlySinceAfterTheRequestIsNotOneForIt_andOnePossiblySoIsAPossibility() {
        var req = request().target("person-l").measure(Measure.Kind.SEIZE_DOCUMENTS, Measure.Scope.SPECIFIC, "case files").build();
        var admittedLater = Fixtures.dated("person-l", List.of(), List.of(),
                List.of(org.tutela.core.registry.Held.since(Person.Role.LAWYER, org.tutela.core.registry.ApproximateDate.on(2021, 9, 1))));
        assertThat(outcome("TNR-09", req, registry(admittedLater))).isInstanceOf(NotFired.class);
        var admittedThatYear = Fixtures.dated("person-l", List.of(), List.of(),
                List.of(org.tutela.core.registry.Held.since(Person.Role.LAWYER, org.tutela.core.registry.ApproximateDate.year(2021))));
        assertThat(fired(outcome("TNR-09", req, registry(admittedThatYear))).facts()).extracting(f -> f.message().orElseThrow().key())
                .contains("fact.lawyer", "fact.time.held.may-not-have-begun");
    }
}
