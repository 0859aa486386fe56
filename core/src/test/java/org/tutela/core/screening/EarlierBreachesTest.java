package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.FlagChecks.breach;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.SOURCE;
import static org.tutela.core.screening.Fixtures.THIRD;
import static org.tutela.core.screening.Fixtures.registry;
import static org.tutela.core.screening.Fixtures.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.requests.BreachFact;
import org.tutela.core.requests.Condition;

/** Breaches on the sending states' earlier requests, read on their own: which requests count, in which order, with which caveats. */
class EarlierBreachesTest {
    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);
    static final Condition.Kind OFFICIALS = Condition.Kind.NO_FOREIGN_OFFICIALS_PRESENT;

    static BreachRecord files(Map<RecordId, List<BreachFact>> breaches) {
        return r -> breaches.getOrDefault(r.id(), List.of());
    }

    @Test
    void onlyEarlierRequestsOfTheSendingStatesCountOldestFirstAndNoneAfterTheScreeningDate() {
        CooperationRequest screened = request().build();
        CooperationRequest older = request().id("request-older").date(LocalDate.of(2018, 1, 1)).build();
        CooperationRequest earlier = request().id("request-earlier").date(LocalDate.of(2019, 5, 1)).build();
        CooperationRequest later = request().id("request-later").date(LocalDate.of(2021, 4, 1)).build();
        CooperationRequest byOther = request().id("request-other").from(THIRD).date(LocalDate.of(2019, 5, 1)).build();
        BreachFact second = breach("request-older", REQUESTING, OFFICIALS, LocalDate.of(2020, 2, 2));
        BreachFact first = breach("request-earlier", REQUESTING, OFFICIALS, LocalDate.of(2019, 9, 1));
        BreachRecord record = files(Map.of(
                screened.id(), List.of(breach("request-fixture", REQUESTING, OFFICIALS, LocalDate.of(2021, 3, 2))),
                older.id(), List.of(second, breach("request-older", REQUESTING, OFFICIALS, LocalDate.of(2021, 7, 1))),
                earlier.id(), List.of(first),
                later.id(), List.of(breach("request-later", REQUESTING, OFFICIALS, LocalDate.of(2021, 4, 2))),
                byOther.id(), List.of(breach("request-other", THIRD, OFFICIALS, LocalDate.of(2019, 9, 1)))));
        EarlierBreaches e = new EarlierBreaches(screened, registry(screened, older, earlier, later, byOther), AS_OF, record);
        assertThat(e.breaches()).containsExactly(first, second);
        assertThat(e.caveats(e.breaches())).as("the order of days is certain").isEmpty();
        assertThat(new EarlierBreaches(screened, registry(screened, earlier), AS_OF, record).breaches())
                .as("a request the view does not show").containsExactly(first);
    }

    @Test
    void anEarlierRequestOfTheSameMonthCountsWithACaveat() {
        CooperationRequest screened = request().dated(ApproximateDate.month(2021, 3)).build();
        CooperationRequest sameMonth = request().id("request-same-month").dated(ApproximateDate.month(2021, 3)).build();
        BreachFact b = breach("request-same-month", REQUESTING, OFFICIALS, LocalDate.of(2021, 3, 20));
        EarlierBreaches e = new EarlierBreaches(screened, registry(screened, sameMonth), AS_OF, files(Map.of(sameMonth.id(), List.of(b))));
        assertThat(e.breaches()).containsExactly(b);
        assertThat(e.caveats(e.breaches())).singleElement()
                .satisfies(f -> assertThat(f.message().orElseThrow().key()).isEqualTo("fact.time.possibly-before"))
                .satisfies(f -> assertThat(f.record()).isEqualTo(sameMonth.id()));
    }

    @Test
    void reportedBreachesOfTheSendingStatesCountUpToTheRequestsDate() {
        ReportedBreach before = new ReportedBreach(RecordId.of("bulletin-1"), REQUESTING, "partner", OFFICIALS, Optional.empty(),
                LocalDate.of(2020, 1, 1));
        ReportedBreach after = new ReportedBreach(RecordId.of("bulletin-2"), REQUESTING, "partner", OFFICIALS, Optional.empty(),
                LocalDate.of(2021, 4, 1));
        ReportedBreach other = new ReportedBreach(RecordId.of("bulletin-3"), THIRD, "partner", OFFICIALS, Optional.empty(),
                LocalDate.of(2019, 1, 1));
        BreachRecord record = BreachRecord.NONE.withReported((states, view) -> List.of(after, other, before));
        assertThat(new EarlierBreaches(request().build(), registry(), AS_OF, record).reported()).containsExactly(before);
        assertThat(new EarlierBreaches(request().date(null).build(), registry(), AS_OF, record).reported())
                .as("an undated request: up to the screening date").containsExactly(before, after);
    }

    @Test
    void aBreachFactCitesTheRequestsSourcesAndItsEvidenceWithItsDay() {
        CooperationRequest earlier = request().id("request-earlier").date(LocalDate.of(2019, 5, 1)).build();
        BreachFact b = breach("request-earlier", REQUESTING, OFFICIALS, LocalDate.of(2019, 9, 1));
        Fact f = new EarlierBreaches(request().build(), registry(earlier), AS_OF, BreachRecord.NONE)
                .fact(b, "fact.breach.condition", b.state(), OFFICIALS, b.on(), earlier.id(), b.entry());
        assertThat(f.record()).isEqualTo(earlier.id());
        assertThat(f.date()).contains(ApproximateDate.of(b.on()));
        assertThat(f.citations()).extracting(c -> c.source()).containsOnly(SOURCE);
        assertThat(f.citations()).anySatisfy(c -> assertThat(c.toString()).contains("the breach as the source reports it"));
    }
}
