package org.tutela.core.federation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * One signed statement one installation publishes to others. {@code id} is unique to the publisher
 * ({@code issuer}, a partner id as its receivers know it); {@code sequence} counts the publisher's bulletins
 * one by one, so that with the id and the issue time a receiver can refuse a replay.
 */
public record Bulletin(String id, String issuer, Instant issued, long sequence, Distribution distribution, Marking marking,
                       Content content) {
    /** Sequences stay exact as JSON numbers in every reader (RFC 8785 writes numbers as IEEE doubles). */
    public static final long MAX_SEQUENCE = (1L << 53) - 1;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{7,63}");

    public Bulletin {
        id = checkId("id", id);
        issuer = Texts.slug("issuer", issuer);
        Texts.value("issued", issued);
        issued = issued.truncatedTo(ChronoUnit.MILLIS);
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new FederationInputException("sequence", "federation.sequence.range", sequence, MAX_SEQUENCE);
        }
        Texts.value("distribution", distribution);
        Texts.value("marking", marking);
        Texts.value("content", content);
        if (distribution instanceof Distribution.Organisation) {
            throw new FederationInputException("distribution", "federation.distribution.organisation");
        }
        if (!marking.allows(distribution)) {
            throw new FederationInputException("distribution", "federation.distribution.too-wide", distribution.text(), marking.label());
        }
    }

    static String checkId(String field, String id) {
        String v = Texts.required(field, id);
        if (!ID.matcher(v).matches()) {
            throw new FederationInputException(field, "federation.bulletin-id.invalid", v);
        }
        return v;
    }

    /** The group whose sharing rules govern this bulletin, or {@code all-partners}. */
    public String audience() {
        return distribution instanceof Distribution.Group g ? g.name() : SharingRules.ALL_PARTNERS;
    }
}
