package org.tutela.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.core.federation.FederationFixtures.*;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.ProtectionStatus;

class FederationModelTest {

    @Test
    void distributionIsDowngradedAtEachHop() {
        assertThat(new Distribution.AllPartners().afterHop()).isEqualTo(new Distribution.Organisation());
        assertThat(new Distribution.Group("mla-desks").afterHop()).isEqualTo(new Distribution.Group("mla-desks"));
        assertThat(Distribution.parse("group:mla-desks")).isEqualTo(new Distribution.Group("mla-desks"));
        assertThat(Distribution.parse("all-partners").text()).isEqualTo("all-partners");
        assertThatThrownBy(() -> Distribution.parse("everyone")).hasMessageContaining("distribution: 'everyone'");
        assertThatThrownBy(() -> Distribution.parse("group:Bad Name")).hasMessageContaining("group: 'Bad Name'");
    }

    @Test
    void amberAndStricterGoOnlyToANamedGroupAndNothingMarkedOrganisationLeaves() {
        assertThat(Marking.parse("TLP:AMBER+STRICT")).isEqualTo(Marking.AMBER_STRICT);
        assertThat(Marking.parse("green")).isEqualTo(Marking.GREEN);
        assertThatThrownBy(() -> Marking.parse("TLP:WHITE")).hasMessageContaining("marking: 'TLP:WHITE'");
        assertThatThrownBy(() -> new Bulletin("b-0000000001", "li-justice", NOW, 1, new Distribution.AllPartners(), Marking.RED, refusal()))
                .hasMessageContaining("wider than TLP:RED allows");
        assertThatThrownBy(() -> new Bulletin("b-0000000001", "li-justice", NOW, 1, new Distribution.Organisation(), Marking.CLEAR, refusal()))
                .hasMessageContaining("never leaves");
        assertThat(new Bulletin("b-0000000001", "li-justice", NOW, 1, new Distribution.AllPartners(), Marking.GREEN, refusal()).audience())
                .isEqualTo(SharingRules.ALL_PARTNERS);
    }

    @Test
    void aBulletinNamesTheFieldAtFault() {
        assertThatThrownBy(() -> new Bulletin("short", "li-justice", NOW, 1, new Distribution.AllPartners(), Marking.GREEN, refusal()))
                .hasMessageContaining("id: 'short' is not a bulletin id");
        assertThatThrownBy(() -> new Bulletin("b-0000000001", "li-justice", NOW, 0, new Distribution.AllPartners(), Marking.GREEN, refusal()))
                .hasMessageContaining("sequence: 0");
        assertThatThrownBy(() -> new ProtectionNotice(List.of("A B"), Optional.of(1975), Optional.empty(), ProtectionStatus.Type.REFUGEE,
                Country.of("BE"), Optional.empty(), Optional.empty(), null)).hasMessageContaining("persecutingState: is required for REFUGEE");
        assertThatThrownBy(() -> refusal().withSensitive(new Sensitive(List.of("x".repeat(2_001)), List.of(), List.of())))
                .hasMessageContaining("confidentialSources[0]: 2001 characters");
    }

    @Test
    void theGroupsRulesStripWhatItMayNotReceiveBeforeSigning() {
        Sensitive all = new Sensitive(List.of("informant note"), List.of("her brother"), List.of("Rue de la Loi 16, Brussels"));
        SharingRules rules = new SharingRules("mla-desks", EnumSet.allOf(Content.Kind.class), Set.of(Sensitive.Field.RELATIVES));
        Content prepared = rules.prepare(refusal().withSensitive(all));
        assertThat(prepared.sensitive().carried()).containsExactly(Sensitive.Field.RELATIVES);
        assertThat(rules.forbiddenIn(prepared)).isEmpty();
        assertThat(SharingRules.byDefault("mla-desks").forbiddenIn(refusal().withSensitive(all))).containsExactlyInAnyOrder(Sensitive.Field.values());
        SharingRules noDecisions = new SharingRules("mla-desks", Set.of(Content.Kind.PROTECTION), Set.of());
        assertThatThrownBy(() -> noDecisions.prepare(refusal())).hasMessageContaining("does not receive decision bulletins");
        Bulletin published = Publication.bulletin("li-justice", 7, NOW, new Distribution.Group("mla-desks"), Marking.AMBER,
                refusal().withSensitive(all), rules);
        assertThat(published.content().sensitive().carried()).containsExactly(Sensitive.Field.RELATIVES);
        assertThat(published.sequence()).isEqualTo(7);
    }

    @Test
    void aKeyHasAFingerprintToReadOutAndItsTextFormReadsBack() {
        SigningKey key = SigningKey.generate();
        assertThat(key.publicKey().fingerprint()).matches("([0-9a-f]{4}:){15}[0-9a-f]{4}");
        assertThat(key.publicKey().fingerprint().replace(":", "")).startsWith(key.publicKey().id());
        SigningKey read = SigningKey.parse(key.text(), "federation.key");
        byte[] message = "m".getBytes(StandardCharsets.UTF_8);
        assertThat(Signatures.verify(key.publicKey(), message, read.sign(message))).isTrue();
        assertThat(Signatures.verify(SigningKey.generate().publicKey(), message, read.sign(message))).isFalse();
        String mismatched = key.text().lines().findFirst().orElseThrow() + "\n" + SigningKey.generate().publicKey().base64();
        assertThatThrownBy(() -> SigningKey.parse(mismatched, "federation.key")).hasMessageContaining("is not the private key's");
        assertThatThrownBy(() -> new PublicKeyText("bm90IGEga2V5")).hasMessageContaining("publicKey: is not an Ed25519 public key");
    }

    @Test
    void partnersAreReachedByGroupOrAll() {
        assertThat(partners().reachedBy(new Distribution.Group("mla-desks"))).extracting(Partner::id).containsExactly("li-justice");
        assertThat(partners().reachedBy(new Distribution.AllPartners())).hasSize(2);
        assertThatThrownBy(() -> new Partner("x", "X", Optional.of(java.net.URI.create("http://x.example")), List.of(), Set.of()))
                .hasMessageContaining("is not an https:// address");
    }
}
