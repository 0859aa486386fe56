package org.tutela.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.federation.FederationFixtures.*;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each reception check on its own minimal fixture: what it refuses, with the reason, and that a good bulletin passes all. */
class ReceptionTest {

    static Refusal refused(Reception.Verdict verdict, Refusal.Reason reason) {
        assertThat(verdict).isInstanceOf(Reception.Refused.class);
        Refusal refusal = ((Reception.Refused) verdict).refusal();
        assertThat(refusal.reason()).isEqualTo(reason);
        return refusal;
    }

    @Test
    void aGoodBulletinIsAcceptedWithItsSenderKeyAndTheDistributionItKeeps() {
        Reception.Verdict verdict = Reception.judge(signed(bulletin(), LI_KEY), context());
        assertThat(verdict).isInstanceOf(Reception.Accepted.class);
        Reception.Accepted a = (Reception.Accepted) verdict;
        assertThat(a.partner().id()).isEqualTo("li-justice");
        assertThat(a.key().id()).isEqualTo(LI_KEY.publicKey().id());
        assertThat(a.distribution()).isEqualTo(new Distribution.Group("mla-desks"));
    }

    @Test
    void aKeyNoPartnerHoldsIsRefused() {
        Refusal r = refused(Reception.judge(signed(bulletin(), SigningKey.generate()), context()), Refusal.Reason.UNKNOWN_KEY);
        assertThat(r.detail()).contains("is no partner's");
    }

    @Test
    void aRevokedKeyIsRefusedWhateverIssueTimeTheBulletinClaims() {
        Partners partners = new Partners(List.of(partner("li-justice", LI_KEY, Optional.of(NOW.minusSeconds(3_600)), "mla-desks")));
        Bulletin backdated = bulletin("b-0000000001", 1, NOW.minusSeconds(7_200), new Distribution.Group("mla-desks"), refusal());
        refused(Reception.judge(signed(backdated, LI_KEY), context(partners, new Accepted())), Refusal.Reason.REVOKED_KEY);
        Partners later = new Partners(List.of(partner("li-justice", LI_KEY, Optional.of(NOW.plusSeconds(3_600)), "mla-desks")));
        assertThat(Reception.judge(signed(backdated, LI_KEY), context(later, new Accepted()))).isInstanceOf(Reception.Accepted.class);
    }

    @Test
    void aPartnerCannotIssueInAnotherPartnersName() {
        refused(Reception.judge(signed(bulletin(), DE_KEY), context()), Refusal.Reason.WRONG_ISSUER);
    }

    @Test
    void aSignatureOverOtherBytesIsRefused() {
        Envelope good = signed(bulletin(), LI_KEY);
        byte[] tampered = good.canonical();
        tampered[tampered.length - 1] ^= 1;
        Envelope bad = new Envelope(good.bulletin(), tampered, good.keyId(), good.signature());
        refused(Reception.judge(bad, context()), Refusal.Reason.BAD_SIGNATURE);
        byte[] signature = good.signature();
        signature[0] ^= 1;
        refused(Reception.judge(new Envelope(good.bulletin(), good.canonical(), good.keyId(), signature), context()), Refusal.Reason.BAD_SIGNATURE);
    }

    @Test
    void aBulletinFromTheFutureOrOlderThanTheReplayWindowIsRefused() {
        Bulletin future = bulletin("b-0000000002", 2, NOW.plusSeconds(3_600), new Distribution.Group("mla-desks"), refusal());
        refused(Reception.judge(signed(future, LI_KEY), context()), Refusal.Reason.FROM_THE_FUTURE);
        Bulletin old = bulletin("b-0000000003", 3, NOW.minusSeconds(200L * 86_400), new Distribution.Group("mla-desks"), refusal());
        refused(Reception.judge(signed(old, LI_KEY), context()), Refusal.Reason.STALE);
    }

    @Test
    void theSameIdOrTheSameSequenceNumberASecondTimeIsAReplay() {
        Bulletin first = bulletin();
        Accepted received = new Accepted().with(first);
        refused(Reception.judge(signed(first, LI_KEY), context(partners(), received)), Refusal.Reason.REPLAY);
        Bulletin sameSequence = bulletin("b-0000000099", first.sequence(), NOW, first.distribution(), refusal());
        Refusal r = refused(Reception.judge(signed(sameSequence, LI_KEY), context(partners(), received)), Refusal.Reason.REPLAY);
        assertThat(r.detail()).contains("sequence 1 of li-justice");
        Bulletin next = bulletin("b-0000000100", 2, NOW, first.distribution(), refusal());
        assertThat(Reception.judge(signed(next, LI_KEY), context(partners(), received))).isInstanceOf(Reception.Accepted.class);
    }

    @Test
    void aGroupsBulletinFromAPartnerNotSharingThatGroupIsNotForUs() {
        Bulletin other = bulletin("b-0000000004", 4, NOW, new Distribution.Group("interpol-watch"), refusal());
        refused(Reception.judge(signed(other, LI_KEY), context()), Refusal.Reason.NOT_FOR_US);
    }

    @Test
    void aSensitiveFieldTheGroupMayNotReceiveIsRefusedAndAllowedWhereARuleSaysSo() {
        RequestDecision withRelatives = refusal().withSensitive(new Sensitive(List.of(), List.of("her brother"), List.of()));
        Bulletin b = bulletin("b-0000000005", 5, NOW, new Distribution.Group("mla-desks"), withRelatives);
        Refusal r = refused(Reception.judge(signed(b, LI_KEY), context()), Refusal.Reason.FORBIDDEN_FIELD);
        assertThat(r.detail()).contains("relatives");
        SharingRules allowing = new SharingRules("mla-desks", EnumSet.allOf(Content.Kind.class), Set.of(Sensitive.Field.RELATIVES));
        assertThat(Reception.judge(signed(b, LI_KEY), context(partners(), new Accepted(), allowing))).isInstanceOf(Reception.Accepted.class);
    }

    @Test
    void aKindTheGroupDoesNotReceiveIsRefused() {
        SharingRules onlyProtection = new SharingRules("mla-desks", Set.of(Content.Kind.PROTECTION), Set.of());
        refused(Reception.judge(signed(bulletin(), LI_KEY), context(partners(), new Accepted(), onlyProtection)), Refusal.Reason.KIND_NOT_RECEIVED);
    }

    @Test
    void aProtectionStatusNamingThePersonIsRefusedUnlessTheGroupReceivesNames() {
        ProtectionNotice named = new ProtectionNotice(List.of("A Person"), Optional.of(1980), Optional.empty(),
                org.tutela.core.registry.ProtectionStatus.Type.REFUGEE, org.tutela.core.registry.Country.of("BE"),
                Optional.of(org.tutela.core.registry.Country.of("KZ")), Optional.empty(), Sensitive.none());
        Bulletin b = bulletin("b-0000000011", 11, NOW, new Distribution.Group("mla-desks"), named);
        refused(Reception.judge(signed(b, LI_KEY), context()), Refusal.Reason.KIND_NOT_RECEIVED);
        SharingRules names = new SharingRules("mla-desks", EnumSet.allOf(Content.Kind.class), Set.of());
        assertThat(Reception.judge(signed(b, LI_KEY), context(partners(), new Accepted(), names))).isInstanceOf(Reception.Accepted.class);
    }

    @Test
    void aRetractionTakesBackOnlyTheIssuersOwnBulletin() {
        Bulletin first = bulletin();
        Bulletin retraction = bulletin("b-0000000006", 6, NOW, first.distribution(), new Retraction(first.id(), "sent in error"));
        refused(Reception.judge(signed(retraction, LI_KEY), context()), Refusal.Reason.UNKNOWN_BULLETIN);
        Accepted received = new Accepted();
        received.issuers.put(first.id(), "de-bfj");
        refused(Reception.judge(signed(retraction, LI_KEY), context(partners(), received)), Refusal.Reason.UNKNOWN_BULLETIN);
        assertThat(Reception.judge(signed(retraction, LI_KEY), context(partners(), new Accepted().with(first)))).isInstanceOf(Reception.Accepted.class);
    }

    @Test
    void theChecksRunKeyFirstSoThatAnUnknownSenderLearnsNothingElse() {
        Bulletin stale = bulletin("b-0000000007", 7, Instant.parse("2020-01-01T00:00:00Z"), new Distribution.Group("mla-desks"), refusal());
        refused(Reception.judge(signed(stale, SigningKey.generate()), context()), Refusal.Reason.UNKNOWN_KEY);
        assertThat(Reception.CHECKS.get(0)).isInstanceOf(ReceptionCheck.KnownKey.class);
    }
}
