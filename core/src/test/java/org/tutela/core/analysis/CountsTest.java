package org.tutela.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;

/** The analyst's tables on a few invented records. */
class CountsTest {
    static final Country BY = Country.of("BY");
    static final Country LT = Country.of("LT");
    static final Country LV = Country.of("LV");
    static final LocalDate TODAY = LocalDate.of(2024, 1, 1);

    static CooperationRequest request(String id, Country to, LocalDate date) {
        return new CooperationRequest(RecordId.of(id), CooperationRequest.Type.MLA, BY, to, Optional.of(ApproximateDate.of(date)), List.of(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), Provenance.none());
    }

    static Decision decision(String id, String subject, Decision.Outcome outcome, LocalDate date) {
        return new Decision(RecordId.of(id), RecordId.of(subject), Optional.empty(), Optional.empty(), Optional.of(ApproximateDate.of(date)), outcome, Set.of(),
                Optional.empty(), List.of(), Provenance.none());
    }

    static Incident incident(String id, Incident.Tactic tactic, Country host, LocalDate date) {
        return new Incident(RecordId.of(id), tactic, BY, Incident.ActingParty.STATE, List.of(), Optional.ofNullable(host), List.of(),
                Optional.ofNullable(date).map(ApproximateDate::of), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                "fixture", List.of(), Provenance.none());
    }

    static final List<RegistryRecord> RECORDS = List.of(
            request("r-admitted", LT, LocalDate.of(2020, 1, 1)), decision("d-1", "r-admitted", Decision.Outcome.ADMITTED, LocalDate.of(2020, 1, 31)),
            request("r-refused", LV, LocalDate.of(2020, 6, 1)), decision("d-2", "r-refused", Decision.Outcome.ADMITTED, LocalDate.of(2020, 6, 11)),
            decision("d-3", "r-refused", Decision.Outcome.ANNULLED, LocalDate.of(2020, 7, 1)),
            request("r-waiting", LT, LocalDate.of(2021, 1, 1)), decision("d-4", "r-waiting", Decision.Outcome.CLARIFICATION_REQUESTED, LocalDate.of(2021, 2, 1)),
            incident("i-1", Incident.Tactic.ASSAULT, LT, LocalDate.of(2020, 5, 1)), incident("i-2", Incident.Tactic.MLA_REQUEST, LT, LocalDate.of(2021, 5, 1)),
            incident("i-3", Incident.Tactic.SMEAR_CAMPAIGN, null, null));

    @Test
    void outcomesByYearWithTheTimeWaited() {
        Counts counts = new Counts(RecordSet.of(RECORDS), Filter.none(), TODAY);
        Table byYear = counts.table("requests-outcomes-by-year").orElseThrow();
        assertThat(byYear.rows()).containsExactly(List.of("2020", "2", "1", "1", "0", "30"), List.of("2021", "1", "0", "0", "1", ""));
        Table requests = counts.table("requests").orElseThrow();
        assertThat(requests.rows()).extracting(r -> r.get(6) + " " + r.get(8))
                .containsExactly("ADMITTED 30", "REFUSED 30", "NEVER_DECIDED 1095");
    }

    @Test
    void incidentsByHostAndYearAndTheFilters() {
        Counts all = new Counts(RecordSet.of(RECORDS), Filter.none(), TODAY);
        assertThat(all.table("incidents-by-host").orElseThrow().rows()).containsExactly(List.of("LT", "2"), List.of(Counts.UNKNOWN, "1"));
        assertThat(all.table("incidents-family-by-year").orElseThrow().rows().get(0)).containsExactly("2020", "1", "0", "0", "0");
        Filter lithuania2021 = new Filter(Optional.empty(), Optional.of(LT), Optional.empty(), Optional.of(2021), Optional.empty());
        Counts some = new Counts(RecordSet.of(RECORDS), lithuania2021, TODAY);
        assertThat(some.incidentCount()).isEqualTo(1);
        assertThat(some.requestCount()).isEqualTo(1);
        Filter direct = new Filter(Optional.empty(), Optional.empty(), Optional.of(Incident.Family.DIRECT_ATTACK), Optional.empty(), Optional.empty());
        assertThat(new Counts(RecordSet.of(RECORDS), direct, TODAY).requestCount()).as("requests are co-opting acts").isZero();
    }
}
