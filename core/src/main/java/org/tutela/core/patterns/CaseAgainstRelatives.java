package org.tutela.core.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Relationship;

/**
 * One case behind requests abroad and acts against the target's relatives at home: coercion by proxy
 * tied by the case number (flags 3 and 4; UNCAT Art. 3, ECHR Art. 3).
 */
public final class CaseAgainstRelatives implements Detector {
    @Override
    public String id() {
        return "case-against-relatives";
    }

    @Override
    public List<Finding> detect(CaseMap map) {
        List<Finding> found = new ArrayList<>();
        for (Proceeding p : map.cases()) {
            List<CooperationRequest> requests = map.requestsIn(p);
            List<Evidence> againstRelatives = new ArrayList<>();
            for (RecordId target : requests.stream().flatMap(r -> r.targets().stream()).distinct().toList()) {
                for (Map.Entry<RecordId, Relationship> relative : map.relativesOf(target).entrySet()) {
                    List<RegistryRecord> acts = map.actsAtHomeAgainstIn(p, relative.getKey()).stream().filter(a -> !a.equals(p)).toList();
                    if (!acts.isEmpty()) {
                        againstRelatives.add(Evidence.of(relative.getValue(), Part.FAMILY_TIE));
                        acts.forEach(a -> againstRelatives.add(Evidence.of(a, Part.ACT_AGAINST_RELATIVE)));
                    }
                }
            }
            if (!againstRelatives.isEmpty()) {
                List<Evidence> evidence = new ArrayList<>(List.of(Evidence.of(p, Part.CASE)));
                requests.forEach(r -> evidence.add(Evidence.of(r, Part.REQUEST)));
                evidence.addAll(againstRelatives);
                List<Country> states = new ArrayList<>(List.of(p.state()));
                requests.forEach(r -> states.add(r.requestedState()));
                found.add(new Finding(id(), p.id(), states, evidence));
            }
        }
        return found;
    }
}
