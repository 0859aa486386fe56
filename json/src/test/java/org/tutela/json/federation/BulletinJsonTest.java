package org.tutela.json.federation;

import org.tutela.core.registry.ApproximateDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tutela.core.federation.Bulletin;
import org.tutela.core.federation.Distribution;
import org.tutela.core.federation.Envelope;
import org.tutela.core.federation.Marking;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.Partners;
import org.tutela.core.federation.ProtectionNotice;
import org.tutela.core.federation.Received;
import org.tutela.core.federation.Reception;
import org.tutela.core.federation.ReceptionCheck;
import org.tutela.core.federation.Refusal;
import org.tutela.core.federation.RequestDecision;
import org.tutela.core.federation.Retraction;
import org.tutela.core.federation.Sensitive;
import org.tutela.core.federation.SigningKey;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.ProtectionStatus;

/** The wire form: what is signed, that it reads back, and every way a partner's bytes are refused before anything is kept. */
class BulletinJsonTest {
    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    static final SigningKey KEY = SigningKey.generate();
    static final Partners PARTNERS = new Partners(List.of(new Partner("li-justice", "Liechtenstein, Office of Justice", Optional.empty(),
            List.of(new Partner.Key(KEY.publicKey(), NOW.minusSeconds(86_400), Optional.empty())), Set.of("mla-desks"))));
    static final Received NOTHING = new Received() {
        @Override
        public Optional<String> issuerOf(String bulletinId) {
            return Optional.empty();
        }

        @Override
        public boolean hasSequence(String issuer, long sequence) {
            return false;
        }
    };

    static Bulletin refusal() {
        return new Bulletin("0b6f4c1e-2f7a-4d55-9d2e-0c7b1d3a9f10", "li-justice", NOW.minusSeconds(60), 3, new Distribution.Group("mla-desks"),
                Marking.AMBER, new RequestDecision("LI-RH-2019-17", Country.of("KZ"), Country.of("LI"), Optional.of("Fürstliches Landgericht"),
                Optional.of(java.time.LocalDate.of(2019, 5, 3)), Decision.Outcome.REFUSED,
                Set.of(Decision.Ground.POLITICAL_MOTIVATION, Decision.Ground.FAIR_TRIAL), List.of("170000131000012"),
                List.of("Джардемали Ботагоз"), Sensitive.none()));
    }

    static Reception.Verdict receive(byte[] wire) {
        try {
            Envelope e = BulletinJson.read(wire);
            return Reception.judge(e, new ReceptionCheck.Context(PARTNERS, Map.of(), NOTHING, NOW, Duration.ofDays(180), Duration.ofMinutes(5)));
        } catch (BulletinJson.Unreadable u) {
            return Reception.refused(u.refusal());
        }
    }

    static Refusal refused(byte[] wire, Refusal.Reason reason) {
        Reception.Verdict v = receive(wire);
        assertThat(v).isInstanceOf(Reception.Refused.class);
        Refusal r = ((Reception.Refused) v).refusal();
        assertThat(r.reason()).as(r.toString()).isEqualTo(reason);
        return r;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theCanonicalFormSortsNamesAndIsWhatIsSigned() {
        String canonical = new String(BulletinJson.canonical(refusal()), StandardCharsets.UTF_8);
        assertThat(canonical).startsWith("{\"content\":{\"body\":\"Fürstliches Landgericht\",\"caseNumbers\":[\"170000131000012\"]");
        assertThat(canonical).contains("\"kind\":\"decision\"", "\"distribution\":\"group:mla-desks\"", "\"marking\":\"TLP:AMBER\"",
                "\"grounds\":[\"POLITICAL_MOTIVATION\",\"FAIR_TRIAL\"]", "\"issued\":\"2026-12-04T11:59:00Z\"", "\"sequence\":3");
        Envelope sealed = BulletinJson.seal(refusal(), KEY);
        assertThat(sealed.canonical()).isEqualTo(BulletinJson.canonical(refusal()));
    }

    @Test
    void aSealedBulletinReadsBackAsTheSameBulletinAndIsAccepted() throws Exception {
        byte[] wire = BulletinJson.write(BulletinJson.seal(refusal(), KEY));
        Envelope read = BulletinJson.read(wire);
        assertThat(read.bulletin()).isEqualTo(refusal());
        assertThat(read.keyId()).isEqualTo(KEY.publicKey().id());
        assertThat(receive(wire)).isInstanceOf(Reception.Accepted.class);
        // the same bulletin written with other spacing and name order still verifies: the signature is over its canonical form
        String spaced = new String(wire, StandardCharsets.UTF_8).replace(",\"key\":", " , \"key\" : ");
        assertThat(receive(utf8(spaced))).isInstanceOf(Reception.Accepted.class);
    }

    @Test
    void everyKindReadsBack() throws Exception {
        Bulletin protection = new Bulletin("1b6f4c1e-2f7a-4d55-9d2e-0c7b1d3a9f10", "li-justice", NOW, 4, new Distribution.Group("mla-desks"),
                Marking.AMBER_STRICT, new ProtectionNotice(List.of("Botagoz Jardemalie"), Optional.of(1975), Optional.of("female"),
                ProtectionStatus.Type.REFUGEE, Country.of("BE"), Optional.of(Country.of("KZ")), Optional.of(2013),
                new Sensitive(List.of(), List.of("Iskander Yerimbetov"), List.of())));
        Bulletin retraction = new Bulletin("2b6f4c1e-2f7a-4d55-9d2e-0c7b1d3a9f10", "li-justice", NOW, 5, new Distribution.AllPartners(),
                Marking.GREEN, new Retraction(refusal().id(), "sent in error"));
        for (Bulletin b : List.of(protection, retraction)) {
            assertThat(BulletinJson.read(BulletinJson.write(BulletinJson.seal(b, KEY))).bulletin()).isEqualTo(b);
        }
    }

    @Test
    void aTamperedBulletinIsRefusedForItsSignature() {
        String wire = new String(BulletinJson.write(BulletinJson.seal(refusal(), KEY)), StandardCharsets.UTF_8);
        refused(utf8(wire.replace("REFUSED", "ADMITTED")), Refusal.Reason.BAD_SIGNATURE);
        refused(utf8(wire.replace("\"sequence\":3", "\"sequence\":4")), Refusal.Reason.BAD_SIGNATURE);
    }

    @Test
    void malformedBytesAreRefusedNamingWhatIsWrong() {
        String wire = new String(BulletinJson.write(BulletinJson.seal(refusal(), KEY)), StandardCharsets.UTF_8);
        assertThat(refused(utf8("not json"), Refusal.Reason.MALFORMED).detail()).contains("not JSON");
        assertThat(refused(utf8("[1,2]"), Refusal.Reason.MALFORMED).detail()).contains("not a JSON object");
        assertThat(refused(utf8(wire.replace("\"key\":", "\"keys\":")), Refusal.Reason.MALFORMED).detail()).contains("unknown field 'keys'");
        assertThat(refused(utf8(wire + "{}"), Refusal.Reason.MALFORMED).detail()).isNotEmpty();
        assertThat(refused(utf8(wire.replace("\"signature\":\"", "\"signature\":\"!!")), Refusal.Reason.MALFORMED).detail())
                .contains("signature: not Base64");
        assertThat(refused(utf8(wire.replace("\"sequence\":3", "\"sequence\":3,\"sequence\":4")), Refusal.Reason.MALFORMED).detail())
                .contains("Duplicate field 'sequence'");
        assertThat(refused(utf8(wire.replace("\"request\":\"LI-RH-2019-17\"", "\"request\":\"\"")), Refusal.Reason.MALFORMED).detail())
                .contains("request: is required");
        assertThat(refused(utf8(wire.replace("\"caseNumbers\":", "\"caseNumber\":")), Refusal.Reason.MALFORMED).detail())
                .contains("caseNumber");
        assertThat(refused(utf8(wire.replace("\"kind\":\"decision\"", "\"kind\":\"asylum-file\"")), Refusal.Reason.MALFORMED).detail())
                .contains("asylum-file");
        assertThat(refused(utf8(wire.replace("2019-05-03", "2019-02-30")), Refusal.Reason.MALFORMED).detail()).isNotEmpty();
        assertThat(refused(utf8(wire.replace("TLP:AMBER", "TLP:BLUE")), Refusal.Reason.MALFORMED).detail()).contains("marking: 'TLP:BLUE'");
    }

    /** A partner's machine gets the field and the problem as a key with its arguments beside the English detail; a person reads it in their language. */
    @Test
    void aMalformedBulletinNamesItsFieldAndItsProblemAsAKey() {
        String wire = new String(BulletinJson.write(BulletinJson.seal(refusal(), KEY)), StandardCharsets.UTF_8);
        Refusal blue = refused(utf8(wire.replace("TLP:AMBER", "TLP:BLUE")), Refusal.Reason.MALFORMED);
        assertThat(blue.field()).contains("bulletin.marking");
        assertThat(blue.problem()).hasValueSatisfying(p -> {
            assertThat(p.key()).isEqualTo("federation.marking.unknown");
            assertThat(p.args()).containsExactly("TLP:BLUE");
        });
        assertThat(blue.detail()).startsWith("bulletin.marking: 'TLP:BLUE' is not a TLP marking");
        assertThat(blue.detail(java.util.Locale.FRENCH)).startsWith("bulletin.marking: « TLP:BLUE » n’est pas un marquage TLP");
        assertThat(blue.detail(java.util.Locale.forLanguageTag("ru"))).startsWith("bulletin.marking: «TLP:BLUE» — не маркировка TLP");

        Refusal unnamed = refused(utf8(wire.replace("\"request\":\"LI-RH-2019-17\"", "\"request\":\"\"")), Refusal.Reason.MALFORMED);
        assertThat(unnamed.field()).hasValueSatisfying(f -> assertThat(f).endsWith("request"));
        assertThat(unnamed.problem()).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("federation.required"));
        assertThat(unnamed.detail(java.util.Locale.forLanguageTag("nl"))).endsWith("request: is verplicht");

        Refusal envelope = refused(utf8(wire.replace("\"key\":", "\"keys\":")), Refusal.Reason.MALFORMED);
        assertThat(envelope.field()).isEmpty();
        assertThat(envelope.problem()).hasValueSatisfying(p -> {
            assertThat(p.key()).isEqualTo("federation.envelope.unknown-field");
            assertThat(p.args()).containsExactly("keys");
        });
        assertThat(envelope.detail(java.util.Locale.FRENCH)).isEqualTo("l’enveloppe a un champ inconnu « keys »");
    }

    @Test
    void oversizedOrDeeplyNestedBytesAreRefusedUnread() {
        byte[] big = new byte[BulletinJson.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        refused(big, Refusal.Reason.OVERSIZED);
        String deep = "{\"bulletin\":" + "[".repeat(500) + "]".repeat(500) + ",\"key\":\"k\",\"signature\":\"\"}";
        refused(utf8(deep), Refusal.Reason.MALFORMED);
    }

    @Test
    void aSensitiveFieldThatSlippedThroughIsRefusedAtTheReceiver() {
        Bulletin b = new Bulletin("3b6f4c1e-2f7a-4d55-9d2e-0c7b1d3a9f10", "li-justice", NOW, 6, new Distribution.Group("mla-desks"),
                Marking.AMBER, ((RequestDecision) refusal().content()).withSensitive(new Sensitive(List.of(), List.of(), List.of("Rue 1, Vaduz"))));
        assertThat(refused(BulletinJson.write(BulletinJson.seal(b, KEY)), Refusal.Reason.FORBIDDEN_FIELD).detail()).contains("addresses");
    }

    @Test
    void aBulletinThatNamesTheWrongFieldTypeSaysWhere() {
        assertThatThrownBy(() -> BulletinJson.read(utf8("{\"bulletin\":{\"id\":5},\"key\":\"k\",\"signature\":\"\"}")))
                .isInstanceOf(BulletinJson.Unreadable.class).hasMessageContaining("malformed");
    }
}
