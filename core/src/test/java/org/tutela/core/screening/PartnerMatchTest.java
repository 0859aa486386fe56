package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.NEIGHBOUR;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.THIRD;
import static org.tutela.core.screening.Fixtures.registry;
import static org.tutela.core.screening.Fixtures.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.ProtectionStatus;

/**
 * A possible match with a person a federation partner protects, on a minimal fixture: read as flag 1 would read it
 * (an asylum-type status against a state behind the request), provisionally; kept in the report as a reference.
 */
class PartnerMatchTest {
    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);

    static PartnerProtection.Hit hit(ProtectionStatus.Type type, Optional<Country> against, LocalDate received) {
        return new PartnerProtection.Hit("Ivanova Anna", "partner-lt", "protection", "bulletin-1", type, HOST, against, 0.93, received);
    }

    static ScreeningReport screen(CooperationRequest request, PartnerProtection.Hit... hits) {
        // the port as the federation adapter answers it: the hits it was given, for this request's targets
        PartnerProtection partners = (r, view) -> r.id().equals(request.id()) ? List.of(hits) : List.of();
        return Screening.standard().readingPartners(partners).screen(request, registry(), AS_OF);
    }

    @Test
    void aProtectionAgainstTheRequestingStateHoldsTheBandAtSuspendPendingIdentification() {
        CooperationRequest request = request().unresolvedTarget("Ivanova Anna").build();
        ScreeningReport plain = Screening.standard().screen(request, registry(), AS_OF);
        ScreeningReport report = screen(request, hit(ProtectionStatus.Type.REFUGEE, Optional.of(REQUESTING), AS_OF));
        assertThat(plain.band()).isNotEqualTo(Band.SUSPEND_PENDING_IDENTIFICATION);
        assertThat(report.partnerMatches()).singleElement().satisfies(m -> {
            assertThat(m.bar()).isTrue();
            assertThat(m.hit().partner()).isEqualTo("partner-lt");
            assertThat(m.hit().bulletin()).isEqualTo("bulletin-1");
            assertThat(m.hit().asWritten()).isEqualTo("Ivanova Anna");
        });
        assertThat(report.band()).isEqualTo(Band.SUSPEND_PENDING_IDENTIFICATION);
        assertThat(report.assessment().drivenBy()).contains("TNR-01");
        // flag 1 itself is read on confirmed identities only: the match is provisional, never a fired flag
        assertThat(report.firedIds()).isEmpty();
        assertThat(report.assessment().wording()).extracting(Message::key)
                .contains("assessment.partner-match.bar", "assessment.partner-match.suspend");
        assertThat(FactWording.render(report.assessment().wording().get(0), Locale.FRENCH, "?"))
                .contains("partenaire partner-lt").contains("canal prévu");
    }

    @Test
    void aProtectionAgainstAStateNotBehindTheRequestIsSaidButDoesNotMoveTheBand() {
        CooperationRequest request = request().unresolvedTarget("Ivanova Anna").build();
        ScreeningReport plain = Screening.standard().screen(request, registry(), AS_OF);
        ScreeningReport elsewhere = screen(request, hit(ProtectionStatus.Type.REFUGEE, Optional.of(THIRD), AS_OF));
        ScreeningReport notAsylum = screen(request, hit(ProtectionStatus.Type.HUMAN_RIGHTS_DEFENDER_AT_RISK, Optional.empty(), AS_OF));
        for (ScreeningReport r : List.of(elsewhere, notAsylum)) {
            assertThat(r.partnerMatches()).singleElement().satisfies(m -> assertThat(m.bar()).isFalse());
            assertThat(r.band()).isEqualTo(plain.band());
            assertThat(r.assessment().wording()).extracting(Message::key).contains("assessment.partner-match")
                    .doesNotContain("assessment.partner-match.suspend");
        }
    }

    @Test
    void aProtectionAgainstTheStateAProxyRequestActsForIsABar() {
        CooperationRequest proxy = request().unresolvedTarget("Ivanova Anna").onBehalfOf(THIRD).build();
        ScreeningReport report = screen(proxy, hit(ProtectionStatus.Type.ASYLUM_SEEKER, Optional.of(THIRD), AS_OF));
        assertThat(report.partnerMatches()).singleElement().satisfies(m -> assertThat(m.bar()).isTrue());
        // the proxy request is already graver than "suspend pending identification" (flag 6): the match does not lower it
        assertThat(report.band()).isEqualTo(Screening.standard().screen(proxy, registry(), AS_OF).band());
        assertThat(report.band().graverThan(Band.SUSPEND_PENDING_IDENTIFICATION)).isTrue();
        assertThat(report.assessment().wording()).extracting(Message::key).contains("assessment.partner-match.bar");
        assertThat(screen(proxy, hit(ProtectionStatus.Type.ASYLUM_SEEKER, Optional.of(NEIGHBOUR), AS_OF)).partnerMatches())
                .singleElement().satisfies(m -> assertThat(m.bar()).isFalse());
    }

    @Test
    void aBulletinReceivedAfterTheScreeningDateIsNotKnownThen() {
        CooperationRequest request = request().unresolvedTarget("Ivanova Anna").build();
        ScreeningReport report = screen(request, hit(ProtectionStatus.Type.REFUGEE, Optional.of(REQUESTING), AS_OF.plusDays(1)));
        assertThat(report.partnerMatches()).isEmpty();
        assertThat(report.band()).isNotEqualTo(Band.SUSPEND_PENDING_IDENTIFICATION);
    }

    @Test
    void aGraverConfirmedBandStaysAndTheMatchIsStillSaid() {
        // a refugee confirmed by this registry: REFUSE already; the partner's possible match does not lower it
        var r = registry(Fixtures.person("person-exile", List.of(REQUESTING), List.of(HOST)),
                Fixtures.refugee("person-exile", HOST, REQUESTING, LocalDate.of(2019, 5, 1)));
        CooperationRequest request = request().target("person-exile").build();
        PartnerProtection partners = (q, view) -> List.of(hit(ProtectionStatus.Type.REFUGEE, Optional.of(REQUESTING), AS_OF));
        ScreeningReport report = Screening.standard().readingPartners(partners).screen(request, r, AS_OF);
        assertThat(report.band()).isEqualTo(Band.REFUSE);
        assertThat(report.assessment().wording()).extracting(Message::key).contains("assessment.partner-match.bar")
                .doesNotContain("assessment.partner-match.suspend");
    }
}
