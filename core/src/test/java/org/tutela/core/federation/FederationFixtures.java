package org.tutela.core.federation;

import org.tutela.core.registry.ApproximateDate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;

/** Minimal fixtures: two partners with a key each, one group, a decision bulletin, what was received. */
final class FederationFixtures {
    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    static final SigningKey LI_KEY = SigningKey.generate();
    static final SigningKey DE_KEY = SigningKey.generate();

    private FederationFixtures() {
    }

    static Partner partner(String id, SigningKey key, Optional<Instant> revoked, String... groups) {
        return new Partner(id, id.toUpperCase(), Optional.empty(), List.of(new Partner.Key(key.publicKey(), NOW.minusSeconds(86_400), revoked)),
                Set.of(groups));
    }

    static Partners partners() {
        return new Partners(List.of(partner("li-justice", LI_KEY, Optional.empty(), "mla-desks"), partner("de-bfj", DE_KEY, Optional.empty())));
    }

    static RequestDecision refusal() {
        return new RequestDecision("LI-RH-2019-17", Country.of("KZ"), Country.of("LI"), Optional.of("Fürstliches Landgericht"),
                Optional.of(LocalDate.of(2019, 5, 3)), Decision.Outcome.REFUSED, Set.of(Decision.Ground.POLITICAL_MOTIVATION),
                List.of("170000131000012"), List.of("Botagoz Jardemalie"), Sensitive.none());
    }

    static Bulletin bulletin(String id, long sequence, Instant issued, Distribution distribution, Content content) {
        return new Bulletin(id, "li-justice", issued, sequence, distribution, Marking.AMBER, content);
    }

    static Bulletin bulletin() {
        return bulletin("b-0000000001", 1, NOW.minusSeconds(60), new Distribution.Group("mla-desks"), refusal());
    }

    /** Signed as the JSON adapter would, over bytes that stand for the canonical form. */
    static Envelope signed(Bulletin bulletin, SigningKey key) {
        byte[] canonical = ("canonical form of " + bulletin).getBytes(StandardCharsets.UTF_8);
        return new Envelope(bulletin, canonical, key.publicKey().id(), key.sign(canonical));
    }

    /** What an installation accepted so far, as its storage would answer. */
    static final class Accepted implements Received {
        final Map<String, String> issuers = new HashMap<>();
        final Map<String, Set<Long>> sequences = new HashMap<>();

        Accepted with(Bulletin b) {
            issuers.put(b.id(), b.issuer());
            sequences.computeIfAbsent(b.issuer(), k -> new java.util.HashSet<>()).add(b.sequence());
            return this;
        }

        @Override
        public Optional<String> issuerOf(String bulletinId) {
            return Optional.ofNullable(issuers.get(bulletinId));
        }

        @Override
        public boolean hasSequence(String issuer, long sequence) {
            return sequences.getOrDefault(issuer, Set.of()).contains(sequence);
        }
    }

    static ReceptionCheck.Context context(Partners partners, Received received, SharingRules... rules) {
        Map<String, SharingRules> byGroup = new HashMap<>();
        for (SharingRules r : rules) {
            byGroup.put(r.group(), r);
        }
        return new ReceptionCheck.Context(partners, byGroup, received, NOW, Duration.ofDays(180), Duration.ofMinutes(5));
    }

    static ReceptionCheck.Context context() {
        return context(partners(), new Accepted());
    }
}
