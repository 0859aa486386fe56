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
import org.tutela.core.registry.ApproximateDate;
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

/** Flag 3 on its own minimal fixtures. */
class Flag03TortureTest {
    Proceeding theCase = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile", "person-brother"), List.of(),
            Proceeding.Type.CRIMINAL, Charge.of("fraud", Charge.Category.FRAUD));

    @Test
    void firesOnAFindingOfArbitraryDetentionInTheSameCase() {
        var finding = decision("decision-wgad", "proceeding-case", Decision.Outcome.FINDING, LocalDate.of(2020, 11, 20),
                List.of("person-brother"), Decision.Ground.ARBITRARY_DETENTION);
        var r = registry(exile(), brother(), theCase, finding);
        Fired f = fired(outcome("TNR-03", request().target("person-exile").proceeding("proceeding-case").build(), r));
        assertThat(f.facts()).singleElement().satisfies(fact -> {
            assertThat(fact.record()).isEqualTo(RecordId.of("decision-wgad"));
            assertThat(fact.date()).contains(ApproximateDate.on(2020, 11, 20));
        });
    }

    @Test
    void firesOnAFindingAboutAnAccusedPersonOfTheCase() {
        var finding = decision("decision-wgad", "person-brother", Decision.Outcome.FINDING, LocalDate.of(2020, 11, 20),
                List.of(), Decision.Ground.TORTURE);
        fired(outcome("TNR-03", request().target("person-exile").proceeding("proceeding-case").build(),
                registry(exile(), brother(), theCase, finding)));
    }

    @Test
    void doesNotFireOnARefusalOrAFindingInAnotherCase() {
        var other = proceeding("proceeding-other", REQUESTING, "99-999", List.of("person-brother"), List.of(), Proceeding.Type.CRIMINAL);
        var elsewhere = decision("decision-other", "proceeding-other", Decision.Outcome.FINDING, LocalDate.of(2020, 1, 1),
                List.of(), Decision.Ground.TORTURE);
        var refusal = decision("decision-refusal", "proceeding-case", Decision.Outcome.REFUSED, LocalDate.of(2020, 1, 1),
                List.of(), Decision.Ground.TORTURE);
        var theCaseWithoutBrother = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile"), List.of(),
                Proceeding.Type.CRIMINAL);
        assertThat(outcome("TNR-03", request().target("person-exile").proceeding("proceeding-case").build(),
                registry(exile(), brother(), theCaseWithoutBrother, other, elsewhere, refusal))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellWhenTheRequestCitesNoCase() {
        notEvaluable(outcome("TNR-03", request().target("person-exile").build(), registry(exile())));
    }

    @Test
    void aCitedCaseTheRegistryDoesNotHoldHasNoRecordedFinding() {
        assertThat(outcome("TNR-03", request().target("person-exile").reference("2021/555").build(), registry(exile())))
                .isInstanceOfSatisfying(NotFired.class, n -> assertThat(n.reason()).contains("2021/555", "not in the registry"));
    }

    @Test
    void findsTheCaseByItsNumberWhenTheRequestCitesIt() {
        var finding = decision("decision-wgad", "proceeding-case", Decision.Outcome.FINDING, LocalDate.of(2020, 11, 20),
                List.of("person-brother"), Decision.Ground.ARBITRARY_DETENTION);
        fired(outcome("TNR-03", request().target("person-exile").reference("17 001".replace(' ', '-')).build(),
                registry(exile(), brother(), theCase, finding)));
    }
}
