package org.tutela.core.screening;

import org.tutela.core.registry.ApproximateDate;
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

/** Flag 13 on its own minimal fixtures. */
class Flag13PretextTest {
    @Test
    void firesOnEconomicChargesAgainstAnActivist() {
        var activist = person("person-a", List.of(REQUESTING), List.of(HOST), Person.Role.ACTIVIST);
        fired(outcome("TNR-13", request().target("person-a").offences(Charge.of("embezzlement", Charge.Category.EMBEZZLEMENT)).build(),
                registry(activist)));
    }

    @Test
    void firesOnEconomicAllegationsADecadeOld() {
        var old = new Charge("fraud", Charge.Category.FRAUD, java.util.Optional.of(ApproximateDate.on(2008, 1, 1)),
                java.util.Optional.of(ApproximateDate.on(2009, 6, 1)));
        fired(outcome("TNR-13", request().target("person-exile").offences(old).build(), registry(exile())));
    }

    @Test
    void doesNotFireOnRecentFraudBySomeoneWithoutProfileNorOnDrugCharges() {
        assertThat(outcome("TNR-13", request().target("person-exile").offences(Charge.of("fraud", Charge.Category.FRAUD)).build(),
                registry(exile()))).isInstanceOf(NotFired.class);
        var activist = person("person-a", List.of(REQUESTING), List.of(HOST), Person.Role.ACTIVIST);
        assertThat(outcome("TNR-13", request().target("person-a").build(), registry(activist))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellTheProfileOfAnUnidentifiedTarget() {
        notEvaluable(outcome("TNR-13", request().unresolvedTarget("X").offences(Charge.of("fraud", Charge.Category.FRAUD)).build(), registry()));
    }

    // the request is of 1 March 2021; "old" is ten years
    @Test
    void allegationsThatMayBeADecadeOldAreAPossibilityWithTheQuestion() {
        var maybeOld = new Charge("fraud", Charge.Category.FRAUD, java.util.Optional.empty(), java.util.Optional.of(ApproximateDate.year(2011)));
        Fired f = fired(outcome("TNR-13", request().target("person-exile").offences(maybeOld).build(), registry(exile())));
        assertThat(f.facts()).extracting(x -> x.message().orElseThrow().key()).contains("fact.old-acts.possibly").doesNotContain("fact.old-acts");
        // surely a decade: settled
        var old = new Charge("fraud", Charge.Category.FRAUD, java.util.Optional.empty(), java.util.Optional.of(ApproximateDate.year(2010)));
        assertThat(fired(outcome("TNR-13", request().target("person-exile").offences(old).build(), registry(exile()))).facts())
                .extracting(x -> x.message().orElseThrow().key()).contains("fact.old-acts").doesNotContain("fact.old-acts.possibly");
        // surely less: neither
        var recent = new Charge("fraud", Charge.Category.FRAUD, java.util.Optional.empty(), java.util.Optional.of(ApproximateDate.year(2012)));
        assertThat(outcome("TNR-13", request().target("person-exile").offences(recent).build(), registry(exile()))).isInstanceOf(NotFired.class);
    }
}
