package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.FlagChecks.exile;
import static org.tutela.core.screening.FlagChecks.fired;
import static org.tutela.core.screening.FlagChecks.outcome;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.SOURCE;
import static org.tutela.core.screening.Fixtures.refugee;
import static org.tutela.core.screening.Fixtures.registry;
import static org.tutela.core.screening.Fixtures.request;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.Claim;
import org.tutela.core.registry.Dispute;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.Outcome.Fired;

/** Issue 13, item 13: a disputed or differently reported fact is read as a possibility, with its dispute and the question to ask. */
class UncertainFactsTest {
    static ProtectionStatus disputed(Dispute dispute) {
        ProtectionStatus s = refugee("person-exile", HOST, REQUESTING, LocalDate.of(2019, 5, 1));
        return new ProtectionStatus(s.id(), s.person(), s.type(), s.grantingState(), s.persecutingState(), s.granted(), s.ended(),
                s.grantingBody(), s.provenance(), s.endReason(), Optional.of(dispute));
    }

    @Test
    void aStatusAStateDisputesStillCountsAsAPossibilityWithTheDisputeAndTheQuestion() {
        ProtectionStatus status = disputed(new Dispute("the requesting state", "it says the status was obtained by fraud",
                Optional.of("has the granting authority opened revocation proceedings?")));
        Fired f = fired(outcome("TNR-01", request().target("person-exile").build(), registry(exile(), status)));
        Fact dispute = f.facts().stream().filter(x -> x.message().orElseThrow().key().equals("fact.disputed")).findFirst().orElseThrow();
        assertThat(dispute.record()).isEqualTo(status.id());
        assertThat(dispute.statement()).contains("the requesting state").contains("obtained by fraud").contains("possibility")
                .contains("revocation proceedings");
        assertThat(FactWording.render(dispute, Locale.FRENCH)).contains("contesté").contains("possibilité");
        assertThat(f.facts()).extracting(Fact::record).filteredOn(status.id()::equals).hasSize(2);
    }

    @Test
    void aDisputeWithoutAQuestionAsksForTheDecisionThatSettlesIt() {
        ProtectionStatus status = disputed(new Dispute("the granting authority", "a first-instance refusal is under appeal", Optional.empty()));
        Fired f = fired(outcome("TNR-01", request().target("person-exile").build(), registry(exile(), status)));
        assertThat(f.facts()).extracting(x -> x.message().orElseThrow().key()).contains("fact.disputed.ask");
    }

    @Test
    void sourcesThatDisagreeAboutAFactAreShownSideBySideEachWithItsSource() {
        ProtectionStatus status = refugee("person-exile", HOST, REQUESTING, LocalDate.of(2019, 5, 1));
        Claim one = new Claim(RecordId.of("claim-year-a"), status.id(), "granted (year)", "2019", Provenance.of(Citation.of(SOURCE, "2019")));
        Claim other = new Claim(RecordId.of("claim-year-b"), status.id(), "granted (year)", "2021", Provenance.of(Citation.of(SOURCE, "2021")));
        Fired f = fired(outcome("TNR-01", request().target("person-exile").build(), registry(exile(), status, one, other)));
        Fact differ = f.facts().stream().filter(x -> x.message().orElseThrow().key().equals("fact.sources-differ")).findFirst().orElseThrow();
        assertThat(differ.statement()).contains("granted (year)").contains("2019 (Fixture report)").contains("2021 (Fixture report)")
                .contains("uncertain");
        assertThat(differ.citations()).hasSize(2);
        Claim agreeing = new Claim(RecordId.of("claim-year-b"), status.id(), "granted (year)", "2019", Provenance.of(Citation.of(SOURCE, "again")));
        assertThat(fired(outcome("TNR-01", request().target("person-exile").build(), registry(exile(), status, one, agreeing))).facts())
                .as("sources that agree raise no doubt").noneMatch(x -> x.message().orElseThrow().key().equals("fact.sources-differ"));
    }
}
