package org.tutela.core.names;

import java.util.List;

/**
 * A name split into parts, each with its spellings and keys.
 *
 * @param original as given
 * @param parts    in written order
 * @param order    whether the surname was written first, last, or cannot be told
 */
public record AnalysedName(String original, List<NamePart> parts, Order order) {

    public enum Order { GIVEN_FIRST, SURNAME_FIRST, UNKNOWN }

    public AnalysedName {
        parts = List.copyOf(parts);
    }

    public List<NamePart> parts(NamePart.Role role) {
        return parts.stream().filter(p -> p.role() == role).toList();
    }
}
