package org.tutela.core.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.RegistryRecord;

/**
 * A law firm, PR firm or private-intelligence firm acting for the requesting state, directly or for a
 * company it controls, in several acts: the same hand behind lobbying, complaints and surveillance
 * (flags 7 and 12; PACE Res. 2509 on hired enablers).
 */
public final class EnablerAcrossCases implements Detector {
    static final Set<Organisation.Type> ENABLERS = Set.of(Organisation.Type.LAW_FIRM, Organisation.Type.PR_FIRM,
            Organisation.Type.PRIVATE_INTELLIGENCE_FIRM);

    @Override
    public String id() {
        return "enabler-across-cases";
    }

    @Override
    public List<Finding> detect(CaseMap map) {
        List<Finding> found = new ArrayList<>();
        for (Organisation firm : map.all(Organisation.class).stream().filter(o -> ENABLERS.contains(o.type())).toList()) {
            map.actsFor(firm.id()).ifPresent(allegiance -> {
                List<Incident> acts = map.incidentsBy(firm.id()).stream()
                        .filter(i -> i.perpetratorState().equals(allegiance.state())).toList();
                List<RegistryRecord> complaints = map.complaintsBy(firm.id());
                if (acts.size() + complaints.size() >= 2) {
                    List<Evidence> evidence = new ArrayList<>();
                    allegiance.through().forEach(t -> evidence.add(Evidence.of(t, Part.CONTROL)));
                    acts.forEach(i -> evidence.add(Evidence.of(i, Part.ACT)));
                    complaints.forEach(c -> evidence.add(Evidence.of(c, Part.COMPLAINT)));
                    List<Country> states = new ArrayList<>(List.of(allegiance.state()));
                    acts.forEach(i -> i.hostState().ifPresent(states::add));
                    found.add(new Finding(id(), firm.id(), states, evidence));
                }
            });
        }
        return found;
    }
}
