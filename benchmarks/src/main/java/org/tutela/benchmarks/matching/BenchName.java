package org.tutela.benchmarks.matching;

import java.util.Objects;
import java.util.Optional;

/**
 * One spelling of one person's name, as a benchmark dataset gives it, with the supporting evidence the dataset
 * has for that person. Several BenchNames share an entity id when they are spellings of the same person.
 *
 * @param id          unique within a run (dataset prefix + row/cluster + position)
 * @param entityId    the person this spelling belongs to; spellings of different persons never share it
 * @param text        the name exactly as the source wrote it
 * @param birthDate   ISO form, as precise as the source: "1974", "1974-10" or "1974-10-22"
 * @param nationality lower-case, as the source wrote it (country name or code; sources differ)
 * @param gender      "male" or "female"
 */
public record BenchName(String id, String entityId, String text, Optional<String> birthDate,
                        Optional<String> nationality, Optional<String> gender) {

    public BenchName {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(gender, "gender");
    }

    /** A bare name without evidence, as the pair datasets give it. */
    public static BenchName bare(String id, String entityId, String text) {
        return new BenchName(id, entityId, text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Optional<String> birthYear() {
        return birthDate.map(d -> d.length() >= 4 ? d.substring(0, 4) : d);
    }
}
