package org.tutela.core.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Two or more sources that give different values for the same property of the same record. */
public record Conflict(RecordId subject, String property, List<Claim> claims) {
    public Conflict {
        claims = List.copyOf(claims);
    }

    /** The conflicts among {@code claims}: groups by subject and property with more than one value. */
    public static List<Conflict> among(Collection<Claim> claims) {
        Map<RecordId, Map<String, List<Claim>>> grouped = claims.stream()
                .collect(Collectors.groupingBy(Claim::subject, java.util.TreeMap::new,
                        Collectors.groupingBy(Claim::property, java.util.TreeMap::new, Collectors.toList())));
        return grouped.entrySet().stream()
                .flatMap(bySubject -> bySubject.getValue().entrySet().stream()
                        .filter(byProperty -> byProperty.getValue().stream().map(Claim::value).distinct().count() > 1)
                        .map(byProperty -> new Conflict(bySubject.getKey(), byProperty.getKey(), byProperty.getValue())))
                .toList();
    }
}
