package org.tutela.core.screening;

import org.tutela.core.registry.ApproximateDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.cited;
import static org.tutela.core.screening.Fixtures.registry;
import static org.tutela.core.screening.Fixtures.request;
import static org.tutela.core.screening.FlagChecks.exile;
import static org.tutela.core.screening.FlagChecks.fired;
import static org.tutela.core.screening.FlagChecks.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;

/** The concepts of the second round, each on its own minimal fixture. */
class SecondRoundConceptsTest {

    @Test
    void aStatusEndedByNaturalisationStillProtectsButARevokedOneDoesNot() {
        var naturalised = new ProtectionStatus(RecordId.of("protection-exile"), RecordId.of("person-exile"), ProtectionStatus.Type.REFUGEE,
                HOST, Optional.of(REQUESTING), Optional.of(ApproximateDate.on(2010, 1, 1)), Optional.of(ApproximateDate.on(2016, 1, 1)), Optional.empty(),
                cited(LocalDate.of(2010, 1, 1)), Optional.of(ProtectionStatus.EndReason.NATURALISED_IN_HOST_STATE));
        var request = request().target("person-exile").build();
        assertThat(fired(outcome("TNR-01", request, registry(exile(), naturalised))).facts())
                .anyMatch(f -> f.statement().contains("naturalisation"));
        var revoked = new ProtectionStatus(RecordId.of("protection-exile"), RecordId.of("person-exile"), ProtectionStatus.Type.REFUGEE,
                HOST, Optional.of(REQUESTING), Optional.of(ApproximateDate.on(2010, 1, 1)), Optional.of(ApproximateDate.on(2016, 1, 1)), Optional.empty(),
                cited(LocalDate.of(2010, 1, 1)), Optional.of(ProtectionStatus.EndReason.REVOKED));
        assertThat(outcome("TNR-01", request, registry(exile(), revoked))).isInstanceOf(Outcome.NotFired.class);
    }

    @Test
    void theDeathPenaltyForTheOffenceIsABar() {
        var capital = new Charge("drug trafficking", Charge.Category.DRUG_TRAFFICKING, Optional.empty(), Optional.empty(),
                Optional.empty(), true, Optional.empty(), Optional.empty(), Optional.empty());
        var request = request().target("person-exile").offences(capital).build();
        assertThat(fired(outcome("TNR-17", request, registry(exile()))).facts()).anyMatch(f -> f.statement().contains("death"));
        var ordinary = request().target("person-exile").offences(Charge.of("drug trafficking", Charge.Category.DRUG_TRAFFICKING)).build();
        assertThat(outcome("TNR-17", ordinary, registry(exile()))).isInstanceOf(Outcome.NotFired.class);
    }

    @Test
    void aRedNoticeBelowInterpolsPenaltyThresholdIsFlagged() {
        var slight = new Charge("petty theft", Charge.Category.THEFT, Optional.empty(), Optional.empty(),
                Optional.of(1.0), false, Optional.empty(), Optional.empty(), Optional.empty());
        var notice = request().target("person-exile").type(org.tutela.core.registry.CooperationRequest.Type.RED_NOTICE).offences(slight).build();
        assertThat(fired(outcome("TNR-13", notice, registry(exile()))).facts()).anyMatch(f -> f.statement().contains("Art. 83"));
    }

    @Test
    void aPoliticalOffenceIsNamedAsSuch() {
        var insult = Charge.of("insulting the president in an article", Charge.Category.INSULTING_OFFICIALS);
        var request = request().target("person-exile").offences(insult).build();
        var journalist = Fixtures.person("person-exile", List.of(REQUESTING), List.of(HOST), org.tutela.core.registry.Person.Role.JOURNALIST);
        assertThat(fired(outcome("TNR-13", request, registry(journalist))).facts()).anyMatch(f -> f.statement().contains("political offence"));
    }

    @Test
    void aChargeThatPunishesTheProtectedActivityItselfFiresFlags8And13() {
        var article = new Charge("an article about the president", Charge.Category.OTHER, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.of(Charge.ProtectedActivity.EXPRESSION));
        var request = request().target("person-exile").offences(article).build();
        assertThat(fired(outcome("TNR-13", request, registry(exile()))).facts()).anyMatch(f -> f.statement().contains("protected activity"));
        assertThat(fired(outcome("TNR-08", request, registry(exile()))).facts()).anyMatch(f -> f.statement().contains("expression"));
        var ordinary = request().target("person-exile").offences(Charge.of("an article about the president", Charge.Category.OTHER)).build();
        assertThat(outcome("TNR-08", ordinary, registry(exile()))).isNotInstanceOf(Outcome.Fired.class);
    }

    @Test
    void aRelativeHeldHostageByTheRequestingStateIsARiskToLife() {
        var brother = Fixtures.person("person-brother", List.of(REQUESTING), List.of(REQUESTING));
        var tie = new org.tutela.core.registry.Relationship(RecordId.of("rel-brother"), org.tutela.core.registry.Relationship.Type.FAMILY,
                RecordId.of("person-exile"), RecordId.of("person-brother"), Optional.of("brother"), cited(LocalDate.of(2015, 1, 1)));
        var hostage = new org.tutela.core.registry.Incident(RecordId.of("incident-hostage"), org.tutela.core.registry.Incident.Tactic.RELATIVE_HELD_HOSTAGE,
                REQUESTING, org.tutela.core.registry.Incident.ActingParty.STATE, List.of(), Optional.empty(), List.of(RecordId.of("person-brother")),
                Optional.of(ApproximateDate.on(2020, 2, 1)), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), "held to make his brother return", List.of(), cited(LocalDate.of(2020, 2, 1)));
        var request = request().target("person-exile").offences(Charge.of("fraud", Charge.Category.FRAUD)).build();
        var registry = registry(exile(), brother, tie, hostage);
        assertThat(fired(outcome("TNR-17", request, registry)).facts()).anyMatch(f -> f.record().equals(RecordId.of("incident-hostage")));
        assertThat(fired(outcome("TNR-04", request, registry)).facts()).anyMatch(f -> f.record().equals(RecordId.of("incident-hostage")));
    }
}
