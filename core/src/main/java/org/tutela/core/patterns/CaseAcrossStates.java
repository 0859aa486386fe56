package org.tutela.core.patterns;

import java.util.ArrayList;
import java.util.List;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Proceeding;

/**
 * One case behind requests to several states: each desk sees an isolated file, the case number ties
 * them (seed documents: "each instance as an isolated case"; PACE Res. 2509 §17.7).
 */
public final class CaseAcrossStates implements Detector {
    @Override
    public String id() {
        return "case-across-states";
    }

    @Override
    public List<Finding> detect(CaseMap map) {
        List<Finding> found = new ArrayList<>();
        for (Proceeding p : map.cases()) {
            List<CooperationRequest> requests = map.requestsIn(p);
            List<Country> states = requests.stream().map(CooperationRequest::requestedState).distinct().toList();
            if (states.size() >= 2) {
                List<Evidence> evidence = new ArrayList<>(List.of(Evidence.of(p, Part.CASE)));
                requests.forEach(r -> evidence.add(Evidence.of(r, Part.REQUEST)));
                found.add(new Finding(id(), p.id(), states, evidence));
            }
        }
        return found;
    }
}
