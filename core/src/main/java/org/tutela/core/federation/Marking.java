package org.tutela.core.federation;

import java.util.Locale;

/**
 * The Traffic Light Protocol marking of a bulletin (FIRST TLP 2.0): how far its recipients may pass it on.
 * The stricter markings also narrow the distribution a bulletin may be published with.
 */
public enum Marking {
    CLEAR("TLP:CLEAR"), GREEN("TLP:GREEN"), AMBER("TLP:AMBER"), AMBER_STRICT("TLP:AMBER+STRICT"), RED("TLP:RED");

    private final String label;

    Marking(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads {@code TLP:AMBER+STRICT}, {@code amber+strict} or {@code AMBER_STRICT}. */
    public static Marking parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FederationInputException("marking", "federation.marking.required");
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Marking m : values()) {
            if (m.label.equals(t) || m.label.substring(4).equals(t) || m.name().equals(t)) {
                return m;
            }
        }
        throw new FederationInputException("marking", "federation.marking.unknown", text);
    }

    /**
     * Whether a bulletin with this marking may go out with {@code distribution}: CLEAR and GREEN go to every
     * partner; AMBER and stricter only to a named sharing group, whose members are known by name.
     */
    public boolean allows(Distribution distribution) {
        if (distribution instanceof Distribution.Group) {
            return true;
        }
        return distribution instanceof Distribution.AllPartners && (this == CLEAR || this == GREEN);
    }
}
