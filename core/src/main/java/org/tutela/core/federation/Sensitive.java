package org.tutela.core.federation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a bulletin that never leave unless the sharing group's rules allow them: sources marked
 * confidential, the person's relatives, addresses. Stripped by {@link SharingRules#prepare} before signing;
 * a received bulletin that still carries one its group may not receive is refused.
 */
public record Sensitive(List<String> confidentialSources, List<String> relatives, List<String> addresses) {

    public enum Field {
        CONFIDENTIAL_SOURCES("confidential-sources"), RELATIVES("relatives"), ADDRESSES("addresses");

        private final String text;

        Field(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public static Field parse(String text) {
            for (Field f : values()) {
                if (f.text.equals(text) || f.name().equalsIgnoreCase(text)) {
                    return f;
                }
            }
            throw new FederationInputException("field", "federation.sensitive.unknown", text);
        }
    }

    public Sensitive {
        confidentialSources = Texts.list("confidentialSources", confidentialSources);
        relatives = Texts.list("relatives", relatives);
        addresses = Texts.list("addresses", addresses);
    }

    public static Sensitive none() {
        return new Sensitive(List.of(), List.of(), List.of());
    }

    /** The fields that hold something. */
    public Set<Field> carried() {
        Set<Field> carried = EnumSet.noneOf(Field.class);
        if (!confidentialSources.isEmpty()) {
            carried.add(Field.CONFIDENTIAL_SOURCES);
        }
        if (!relatives.isEmpty()) {
            carried.add(Field.RELATIVES);
        }
        if (!addresses.isEmpty()) {
            carried.add(Field.ADDRESSES);
        }
        return carried;
    }

    /** This with every field not in {@code allowed} emptied. */
    public Sensitive keeping(Set<Field> allowed) {
        return new Sensitive(allowed.contains(Field.CONFIDENTIAL_SOURCES) ? confidentialSources : List.of(),
                allowed.contains(Field.RELATIVES) ? relatives : List.of(),
                allowed.contains(Field.ADDRESSES) ? addresses : List.of());
    }
}
