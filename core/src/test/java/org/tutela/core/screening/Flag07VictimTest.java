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

/** Flag 7 on its own minimal fixtures. */
class Flag07VictimTest {
    @Test
    void firesOnAComplainantControlledByTheRequestingState() {
        var bank = company("org-bank", Organisation.Type.BANK, REQUESTING, REQUESTING);
        fired(outcome("TNR-07", request().target("person-exile").complainant("org-bank")
                .offences(Charge.of("laundering", Charge.Category.MONEY_LAUNDERING)).build(), registry(exile(), bank)));
    }

    @Test
    void firesWhenTheCaseBehindIsCivil() {
        var civil = proceeding("proceeding-civil", REQUESTING, "C-1", List.of("person-exile"), List.of(), Proceeding.Type.CIVIL);
        fired(outcome("TNR-07", request().target("person-exile").proceeding("proceeding-civil").build(), registry(exile(), civil)));
    }

    @Test
    void doesNotFireOnAPrivateCompanyOrAStateBodyAsComplainant() {
        var shop = company("org-shop", Organisation.Type.COMPANY, REQUESTING, null);
        var ministry = company("org-ministry", Organisation.Type.GOVERNMENT_BODY, REQUESTING, REQUESTING);
        var fraud = request().target("person-exile").complainant("org-shop").complainant("org-ministry")
                .offences(Charge.of("fraud", Charge.Category.FRAUD)).build();
        assertThat(outcome("TNR-07", fraud, registry(exile(), shop, ministry))).isInstanceOf(NotFired.class);
        assertThat(outcome("TNR-07", request().target("person-exile").build(), registry(exile()))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellWhoTheInjuredPartyOfAnEconomicOffenceIs() {
        notEvaluable(outcome("TNR-07", request().target("person-exile").offences(Charge.of("fraud", Charge.Category.FRAUD)).build(),
                registry(exile())));
    }
}
