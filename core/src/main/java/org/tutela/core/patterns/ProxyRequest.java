package org.tutela.core.patterns;

import java.util.ArrayList;
import java.util.List;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Incident;

/**
 * A state requesting for another state's case: extradition or assistance by proxy, often through a
 * treaty the persecuting state lacks (flag 6; Conseil d'État, 9 December 2016, n° 394399).
 */
public final class ProxyRequest implements Detector {
    @Override
    public String id() {
        return "proxy-request";
    }

    @Override
    public List<Finding> detect(CaseMap map) {
        List<Finding> found = new ArrayList<>();
        for (CooperationRequest r : map.requests()) {
            map.principalOf(r).ifPresent(principal -> {
                List<Evidence> evidence = new ArrayList<>(List.of(Evidence.of(r, Part.PROXY_REQUEST)));
                map.caseOf(r).ifPresent(p -> evidence.add(Evidence.of(p, Part.CASE)));
                map.incidentsAbout(r.id()).stream().filter(i -> i.actingParty() == Incident.ActingParty.PROXY_STATE)
                        .forEach(i -> evidence.add(Evidence.of(i, Part.INCIDENT)));
                found.add(new Finding(id(), r.id(), List.of(principal, r.requestingState(), r.requestedState()), evidence));
            });
        }
        return found;
    }

}
