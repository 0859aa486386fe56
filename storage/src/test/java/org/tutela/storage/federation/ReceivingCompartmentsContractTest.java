package org.tutela.storage.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.SigningKey;
import org.tutela.storage.StorageContract;

/**
 * The receiving compartment of each partner (V110) and the ledger's reading of one kind in force, on each
 * database: set, changed, cleared, refused for a partner that does not exist; retracted bulletins left out.
 */
abstract class ReceivingCompartmentsContractTest extends StorageContract {
    private PartnerRegistry partners;
    private BulletinLedger ledger;

    @BeforeEach
    void setUp() {
        partners = new PartnerRegistry(storage.dataSource());
        ledger = new BulletinLedger(storage.dataSource());
        partners.putPartner(new Partner("li-justice", "Liechtenstein", Optional.empty(),
                List.of(new Partner.Key(SigningKey.generate().publicKey(), Instant.parse("2026-12-01T10:00:00Z"), Optional.empty())),
                Set.of("mla-desks")));
    }

    @Test
    void aPartnersReceivingCompartmentIsSetChangedAndCleared() {
        assertThat(partners.receivingCompartment("li-justice")).isEmpty();
        assertThat(partners.setReceivingCompartment("li-justice", Optional.of("from-li"))).isTrue();
        assertThat(partners.receivingCompartment("li-justice")).contains("from-li");
        assertThat(partners.setReceivingCompartment("li-justice", Optional.of("mla-desk"))).isTrue();
        assertThat(partners.receivingCompartments()).isEqualTo(Map.of("li-justice", "mla-desk"));
        assertThat(partners.setReceivingCompartment("li-justice", Optional.empty())).isTrue();
        assertThat(partners.receivingCompartment("li-justice")).isEmpty();
        // no such partner: nothing written
        assertThat(partners.setReceivingCompartment("nobody", Optional.of("from-li"))).isFalse();
        assertThat(partners.receivingCompartments()).isEmpty();
    }

    @Test
    void theBulletinsOfOneKindInForceLeaveTheRetractedAndTheOtherKindsOut() {
        Instant at = Instant.parse("2026-12-02T10:00:00Z");
        for (int i = 1; i <= 3; i++) {
            ledger.recordReceived(new BulletinLedger.Accepted("b-000000000" + i, "li-justice", i, "key", i == 3 ? "decision" : "condition-breached",
                    "group:mla-desks", "TLP:AMBER", at, at.plusSeconds(i), "bundle", List.of(), Optional.empty(), "{}"));
        }
        ledger.markRetracted("b-0000000001", "b-0000000009");
        assertThat(ledger.inForce("condition-breached", 10)).extracting(BulletinLedger.Accepted::bulletinId).containsExactly("b-0000000002");
        assertThat(ledger.inForce("decision", 10)).extracting(BulletinLedger.Accepted::bulletinId).containsExactly("b-0000000003");
    }
}
