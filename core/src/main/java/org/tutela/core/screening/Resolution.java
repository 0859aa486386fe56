package org.tutela.core.screening;

import java.util.Objects;
import org.tutela.core.registry.RecordId;

/**
 * One candidate identity for a named person, with how well it fits and why. Only a CONFIRMED
 * resolution lets the rules read the registry's facts about the person: a namesake must not bring a
 * stranger's refugee status or profile into a screening.
 */
public record Resolution(RecordId person, double score, String explanation, Status status) {

    public enum Status { SUGGESTED, CONFIRMED, REJECTED }

    public Resolution {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(status, "status");
        explanation = explanation == null ? "" : explanation;
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("score: " + score + " is not between 0 and 1");
        }
    }
}
