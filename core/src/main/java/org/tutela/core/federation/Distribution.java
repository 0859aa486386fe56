package org.tutela.core.federation;

/**
 * Who a bulletin may reach, as MISP's distribution levels: this organisation only (never sent), a named
 * sharing group (only its members, and they pass it on only within it), or every partner of the publisher.
 * Each hop downgrades it ({@link #afterHop()}), so a bulletin never travels further than its publisher meant.
 */
public sealed interface Distribution {

    /** Kept by the publishing organisation: never leaves the installation. */
    record Organisation() implements Distribution {
        @Override
        public String text() {
            return "organisation";
        }
    }

    /** The members of one sharing group, wherever they receive it from. */
    record Group(String name) implements Distribution {
        public Group {
            name = SharingRules.groupName(name);
            if (name.equals(SharingRules.ALL_PARTNERS)) {
                throw new FederationInputException("distribution", "federation.distribution.all-partners", name);
            }
        }

        @Override
        public String text() {
            return "group:" + name;
        }
    }

    /** Every partner of the publisher, and no further. */
    record AllPartners() implements Distribution {
        @Override
        public String text() {
            return "all-partners";
        }
    }

    /** The written form: {@code organisation}, {@code group:NAME} or {@code all-partners}. */
    String text();

    /**
     * The distribution a received bulletin keeps at its receiver: a group's bulletin stays within the group;
     * one meant for the publisher's partners stays with the partner that received it (MISP's "community"
     * becoming "organisation" at the next hop).
     */
    default Distribution afterHop() {
        return this instanceof Group ? this : new Organisation();
    }

    static Distribution parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FederationInputException("distribution", "federation.distribution.required");
        }
        String t = text.strip();
        if (t.equals("organisation")) {
            return new Organisation();
        }
        if (t.equals("all-partners")) {
            return new AllPartners();
        }
        if (t.startsWith("group:")) {
            return new Group(t.substring("group:".length()));
        }
        throw new FederationInputException("distribution", "federation.distribution.unknown", text);
    }
}
