package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.dated;
import static org.tutela.core.screening.Fixtures.incident;
import static org.tutela.core.screening.Fixtures.request;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Held;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Person;

/** Records and held values read against a request's time, its date perhaps known only to the month. */
class RequestTimeTest {
    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);

    static Incident on(LocalDate day) {
        return incident("incident-" + day, Incident.Tactic.ASSAULT, REQUESTING, HOST, day, List.of(), List.of());
    }

    @Test
    void anUndatedRequestStandsAtTheScreeningDate() {
        assertThat(new RequestTime(request().date(null).build(), AS_OF).date()).isEqualTo(ApproximateDate.of(AS_OF));
        assertThat(new RequestTime(request().dated(ApproximateDate.month(2021, 3)).build(), AS_OF).date())
                .isEqualTo(ApproximateDate.month(2021, 3));
    }

    @Test
    void onlyARecordSurelyAfterTheRequestIsLeftOut() {
        RequestTime march = new RequestTime(request().dated(ApproximateDate.month(2021, 3)).build(), AS_OF);
        assertThat(march.mayPrecede(on(LocalDate.of(2021, 2, 27)))).isTrue();
        assertThat(march.mayPrecede(on(LocalDate.of(2021, 3, 31)))).as("the same month: perhaps before").isTrue();
        assertThat(march.mayPrecede(on(LocalDate.of(2021, 4, 1)))).isFalse();
        assertThat(new RequestTime(request().date(null).build(), AS_OF).mayPrecede(on(LocalDate.of(2024, 1, 1))))
                .as("an undated request keeps everything").isTrue();
    }

    @Test
    void aRecordWhoseDateOverlapsTheRequestsIsAPossibilityWithAFactThatSaysSo() {
        RequestTime march = new RequestTime(request().dated(ApproximateDate.month(2021, 3)).build(), AS_OF);
        Incident same = on(LocalDate.of(2021, 3, 15));
        Fact caveat = march.possiblyAfter(same).orElseThrow();
        assertThat(caveat.record()).isEqualTo(same.id());
        assertThat(caveat.message().orElseThrow().key()).isEqualTo("fact.time.possibly-before");
        assertThat(march.possiblyAfter(on(LocalDate.of(2021, 2, 1)))).isEmpty();
        assertThat(march.possiblyAfter(on(LocalDate.of(2021, 4, 1)))).isEmpty();
        assertThat(new RequestTime(request().build(), AS_OF).possiblyAfter(on(Fixtures.REQUEST_DATE)))
                .as("two days: the order is certain").isEmpty();
    }

    @Test
    void heldValuesAreReadAtTheRequestsTime() {
        Person p = dated("person-held", List.of(Held.since(HOST, ApproximateDate.year(2022))), List.of(Held.of(HOST)),
                List.of(Held.between(Person.Role.LAWYER, ApproximateDate.year(2015), ApproximateDate.year(2020)),
                        Held.since(Person.Role.JOURNALIST, ApproximateDate.month(2021, 3))));
        RequestTime march = new RequestTime(request().dated(ApproximateDate.month(2021, 3)).build(), AS_OF);
        assertThat(march.roles(p).surely()).isEmpty();
        assertThat(march.roles(p).possibly()).containsOnlyKeys(Person.Role.JOURNALIST);
        assertThat(march.nationalities(p).values()).isEmpty();
        assertThat(march.residences(p).surely()).containsExactly(HOST);
    }
}
