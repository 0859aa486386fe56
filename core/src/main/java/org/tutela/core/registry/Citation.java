package org.tutela.core.registry;

import java.util.Optional;

/**
 * One source backing a fact: which {@link Source}, where in it, and the passage relied on (in the
 * recorder's own words or a short quotation).
 */
public record Citation(RecordId source, Optional<String> locator, Optional<String> passage) {
    public Citation {
        Fields.required("source", source);
        locator = Fields.optionalText("locator", locator);
        passage = Fields.optionalText("passage", passage);
    }

    public static Citation of(RecordId source) {
        return new Citation(source, Optional.empty(), Optional.empty());
    }

    public static Citation of(RecordId source, String passage) {
        return new Citation(source, Optional.empty(), Optional.of(passage));
    }
}
