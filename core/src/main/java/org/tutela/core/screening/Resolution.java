package org.tutela.core.screening;

import java.util.Objects;
import org.tutela.core.registry.RecordId;

/**
 * One candidate identity for a named person, with how well it fits and why. Only a CONFIRMED
 * resolution lets the rules read the registry's facts about the person: a namesake must not bring a
 * stranger's refugee status or profile into a screening.
 *
 * @param explanation why, in the engine's English (the matcher's log form); shown only where {@code reading} is empty,
 *                    as in reports stored before it
 * @param reading     why, as messages to put into the reader's words (the names bundle's {@code names.match.*} keys)
 */
public record Resolution(RecordId person, double score, String explanation, Status status, java.util.List<Message> reading) {

    public enum Status { SUGGESTED, CONFIRMED, REJECTED }

    public Resolution(RecordId person, double score, String explanation, Status status) {
        this(person, score, explanation, status, java.util.List.of());
    }

    public Resolution {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(status, "status");
        explanation = explanation == null ? "" : explanation;
        reading = reading == null ? java.util.List.of() : java.util.List.copyOf(reading);
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("score: " + score + " is not between 0 and 1");
        }
    }
}
