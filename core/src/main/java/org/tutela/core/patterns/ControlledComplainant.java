package org.tutela.core.patterns;

import java.util.ArrayList;
import java.util.List;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;

/**
 * A company the requesting state controls stands as complainant or "victim" across cases (flag 7;
 * INTERPOL Rules on the Processing of Data Art. 83; SLAPP by a nationalised bank).
 */
public final class ControlledComplainant implements Detector {
    @Override
    public String id() {
        return "controlled-complainant";
    }

    @Override
    public List<Finding> detect(CaseMap map) {
        List<Finding> found = new ArrayList<>();
        for (Organisation org : complainants(map)) {
            if (org.type().isStateBody()) {
                continue; // a prosecutor complaining is the state itself, not a proxy
            }
            map.actsFor(org.id()).ifPresent(allegiance -> {
                List<RegistryRecord> complaints = map.complaintsBy(org.id());
                List<Evidence> evidence = new ArrayList<>();
                allegiance.through().forEach(t -> evidence.add(Evidence.of(t, Part.CONTROL)));
                complaints.forEach(c -> evidence.add(Evidence.of(c, Part.COMPLAINT)));
                List<Country> states = new ArrayList<>(List.of(allegiance.state()));
                found.add(new Finding(id(), org.id(), states, evidence));
            });
        }
        return found;
    }

    private static List<Organisation> complainants(CaseMap map) {
        List<RecordId> ids = new ArrayList<>();
        map.requests().forEach(r -> ids.addAll(r.complainants()));
        map.cases().forEach(p -> ids.addAll(p.complainants()));
        return ids.stream().distinct().flatMap(id -> map.get(id, Organisation.class).stream()).toList();
    }
}
