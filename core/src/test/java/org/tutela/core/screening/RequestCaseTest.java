package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.THIRD;
import static org.tutela.core.screening.Fixtures.company;
import static org.tutela.core.screening.Fixtures.incident;
import static org.tutela.core.screening.Fixtures.proceeding;
import static org.tutela.core.screening.Fixtures.registry;
import static org.tutela.core.screening.Fixtures.request;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;

/** The case a request belongs to, read on its own: which proceedings, which ids, which complainants. */
class RequestCaseTest {
    static Proceeding own(String number, String... complainants) {
        return proceeding("proceeding-own", REQUESTING, number, List.of(), List.of(complainants), Proceeding.Type.CRIMINAL);
    }

    @Test
    void aCitedNumberFindsOnlyTheSendingStatesProceedingWrittenAnyWay() {
        var mine = own("12/2020");
        var theirs = proceeding("proceeding-third", THIRD, "12/2020", List.of(), List.of(), Proceeding.Type.CRIMINAL);
        var c = new RequestCase(request().reference("12 / 2020").build(), registry(mine, theirs));
        assertThat(c.proceedings()).extracting(Proceeding::id).containsExactly(mine.id());
        assertThat(c.ownProceedings()).containsExactly(mine);
        assertThat(c.isCited()).isTrue();
        assertThat(c.citedAs()).isEqualTo("12 / 2020");
    }

    @Test
    void aRelatedProceedingBelongsToTheCaseEitherWayButIsNotTheRequestsOwn() {
        var mine = own("12/2020");
        var other = proceeding("proceeding-related", HOST, "7/2021", List.of(), List.of(), Proceeding.Type.CRIMINAL);
        var relating = new Proceeding(other.id(), other.state(), other.caseNumber(), other.type(), other.authority(), other.charges(),
                other.accused(), other.complainants(), other.opened(), other.status(), List.of(mine.id()), other.notes(),
                other.provenance());
        var c = new RequestCase(request().proceeding("proceeding-own").build(), registry(mine, relating));
        assertThat(c.proceedings()).extracting(Proceeding::id).containsExactly(mine.id(), relating.id());
        assertThat(c.ownProceedings()).extracting(Proceeding::id).containsExactly(mine.id());
        assertThat(c.ids()).containsExactly(RecordId.of("request-fixture"), mine.id(), relating.id());
    }

    @Test
    void withoutAProceedingTheCaseIsTheRequestAlone() {
        var c = new RequestCase(request().build(), registry());
        assertThat(c.proceedings()).isEmpty();
        assertThat(c.isCited()).isFalse();
        assertThat(c.ids()).containsExactly(RecordId.of("request-fixture"));
    }

    @Test
    void anIncidentConcernsTheCaseByALinkOrByItsCaseNumber() {
        var mine = own("12/2020");
        var c = new RequestCase(request().proceeding("proceeding-own").build(), registry(mine));
        LocalDate day = LocalDate.of(2020, 6, 1);
        assertThat(c.concerns(incident("incident-linked", Incident.Tactic.ASSAULT, REQUESTING, HOST, day, List.of(), List.of("proceeding-own"))))
                .isTrue();
        var numbered = incident("incident-numbered", Incident.Tactic.ASSAULT, REQUESTING, HOST, day, List.of(), List.of());
        var withNumber = new Incident(numbered.id(), numbered.tactic(), numbered.perpetratorState(), numbered.actingParty(),
                numbered.perpetrators(), numbered.hostState(), numbered.targets(), numbered.date(), numbered.endDate(), numbered.place(),
                numbered.instrument(), List.of("12 / 2020"), numbered.linked(), numbered.outcome(), numbered.summary(), numbered.interventions(),
                numbered.provenance());
        assertThat(c.concerns(withNumber)).isTrue();
        assertThat(c.concerns(numbered)).isFalse();
    }

    @Test
    void complainantsComeFromTheRequestAndItsProceedingsOnceEach() {
        var mine = own("12/2020", "org-victim", "person-injured");
        var victim = company("org-victim", Organisation.Type.COMPANY, REQUESTING, REQUESTING);
        var c = new RequestCase(request().proceeding("proceeding-own").complainant("org-victim").build(), registry(mine, victim));
        assertThat(c.complainantIds()).containsExactly(RecordId.of("org-victim"), RecordId.of("person-injured"));
        assertThat(c.complainantOrganisations()).containsExactly(victim);
    }
}
