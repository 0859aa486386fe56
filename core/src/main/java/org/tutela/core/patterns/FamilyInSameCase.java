package org.tutela.core.patterns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Relationship;

/**
 * A person and members of her family targeted in the same case or the same act (flag 4, coercion by
 * proxy; Freedom House's "threats from a distance"). An act already inside a found case adds nothing.
 */
public final class FamilyInSameCase implements Detector {
    @Override
    public String id() {
        return "family-in-same-case";
    }

    @Override
    public List<Finding> detect(CaseMap map) {
        List<Finding> found = new ArrayList<>();
        Set<RecordId> covered = new HashSet<>();
        for (Proceeding p : map.cases()) {
            Set<RecordId> persons = new LinkedHashSet<>(p.accused());
            map.requestsIn(p).forEach(r -> persons.addAll(r.targets()));
            map.decisionsOn(p.id()).forEach(d -> persons.addAll(d.concerning()));
            List<Relationship> ties = familyTies(map, persons);
            if (!ties.isEmpty()) {
                List<Evidence> evidence = new ArrayList<>(List.of(Evidence.of(p, Part.CASE)));
                ties.forEach(t -> evidence.add(Evidence.of(t, Part.FAMILY_TIE)));
                map.requestsIn(p).forEach(r -> evidence.add(Evidence.of(r, Part.REQUEST)));
                map.incidentsIn(p).stream().filter(i -> i.targets().stream().anyMatch(persons::contains)).forEach(i -> {
                    evidence.add(Evidence.of(i, Part.INCIDENT));
                    covered.add(i.id());
                });
                found.add(new Finding(id(), p.id(), List.of(p.state()), evidence));
            }
        }
        for (Incident i : map.incidents()) {
            List<Relationship> ties = familyTies(map, new LinkedHashSet<>(i.targets()));
            if (!covered.contains(i.id()) && !ties.isEmpty()) {
                List<Evidence> evidence = new ArrayList<>(List.of(Evidence.of(i, Part.INCIDENT)));
                ties.forEach(t -> evidence.add(Evidence.of(t, Part.FAMILY_TIE)));
                found.add(new Finding(id(), i.id(), List.of(i.perpetratorState()), evidence));
            }
        }
        return found;
    }

    private static List<Relationship> familyTies(CaseMap map, Set<RecordId> persons) {
        return persons.stream().flatMap(x -> map.relativesOf(x).entrySet().stream()
                        .filter(e -> persons.contains(e.getKey())).map(java.util.Map.Entry::getValue))
                .distinct().toList();
    }
}
