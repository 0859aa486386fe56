package org.tutela.core.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Relationship;

/**
 * One principal acting for a state hires several firms whose acts reach the same targets: the
 * surveillance, the lobbying and the smear come from one hand (PACE Res. 2509; flags 7 and 12).
 */
public final class FirmsForOnePrincipal implements Detector {
    @Override
    public String id() {
        return "firms-for-one-principal";
    }

    @Override
    public List<Finding> detect(CaseMap map) {
        Map<RecordId, List<Relationship>> hired = new LinkedHashMap<>();
        for (Relationship r : map.all(Relationship.class)) {
            boolean firm = map.get(r.from(), Organisation.class).filter(o -> EnablerAcrossCases.ENABLERS.contains(o.type())).isPresent();
            if (firm && (r.type() == Relationship.Type.PROXY_OF || r.type() == Relationship.Type.LAWYER_CLIENT)) {
                hired.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Finding> found = new ArrayList<>();
        hired.forEach((principal, ties) -> map.actsFor(principal).ifPresent(allegiance -> {
            List<Incident> acts = ties.stream().flatMap(t -> map.incidentsBy(t.from()).stream())
                    .filter(i -> i.perpetratorState().equals(allegiance.state())).distinct().toList();
            if (ties.size() >= 2 && !acts.isEmpty()) {
                List<Evidence> evidence = new ArrayList<>();
                allegiance.through().forEach(t -> evidence.add(Evidence.of(t, Part.CONTROL)));
                ties.forEach(t -> evidence.add(Evidence.of(t, Part.CONTROL)));
                acts.forEach(i -> evidence.add(Evidence.of(i, Part.ACT)));
                List<Country> states = new ArrayList<>(List.of(allegiance.state()));
                acts.forEach(i -> i.hostState().ifPresent(states::add));
                found.add(new Finding(id(), principal, states, evidence));
            }
        }));
        return found;
    }
}
