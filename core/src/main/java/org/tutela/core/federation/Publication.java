package org.tutela.core.federation;

import java.time.Instant;
import java.util.UUID;

/**
 * Makes the bulletin this installation publishes: stripped by the rules of the group it goes to, numbered by
 * the publisher's next sequence number, given a fresh id. Signing its canonical form is the JSON adapter's
 * ({@code BulletinJson.seal}).
 */
public final class Publication {
    private Publication() {
    }

    public static Bulletin bulletin(String issuer, long sequence, Instant issued, Distribution distribution, Marking marking,
                                    Content content, SharingRules rules) {
        if (!rules.group().equals(audienceOf(distribution))) {
            throw new IllegalArgumentException("the rules of " + rules.group() + " do not govern " + distribution.text());
        }
        return new Bulletin(UUID.randomUUID().toString(), issuer, issued, sequence, distribution, marking, rules.prepare(content));
    }

    public static String audienceOf(Distribution distribution) {
        if (distribution instanceof Distribution.Group g) {
            return g.name();
        }
        if (distribution instanceof Distribution.AllPartners) {
            return SharingRules.ALL_PARTNERS;
        }
        throw new FederationInputException("distribution", "federation.distribution.organisation");
    }
}
