package org.tutela.core.patterns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;

/**
 * Forum shopping: after one state refuses or annuls cooperation (or INTERPOL deletes a notice), the
 * same state, or one acting for it, turns to another forum against the same person or in the same case
 * (flag 5; PACE Res. 2509 §17.7).
 */
public final class ResentAfterRefusal implements Detector {
    @Override
    public String id() {
        return "resent-after-refusal";
    }

    @Override
    public List<Finding> detect(CaseMap map) {
        List<Finding> found = new ArrayList<>();
        for (CooperationRequest refused : map.requests()) {
            for (Decision refusal : map.refusalsOf(refused)) {
                List<CooperationRequest> later = map.requests().stream()
                        .filter(r -> !r.id().equals(refused.id()) && CaseMap.onOrAfter(r.date(), refusal.eventDate()))
                        .filter(r -> sameTargetOrCase(refused, r) && !Collections.disjoint(map.statesBehind(refused), map.statesBehind(r)))
                        .filter(r -> elsewhere(refused, r)).toList();
                if (!later.isEmpty()) {
                    List<Evidence> evidence = new ArrayList<>(List.of(Evidence.of(refused, Part.REQUEST), Evidence.of(refusal, Part.REFUSAL)));
                    later.forEach(r -> evidence.add(Evidence.of(r, Part.LATER_REQUEST)));
                    List<Country> states = new ArrayList<>(List.of(refused.requestedState()));
                    later.forEach(r -> states.add(r.requestedState()));
                    found.add(new Finding(id(), refusal.id(), states, evidence));
                }
            }
        }
        return found;
    }

    private static boolean sameTargetOrCase(CooperationRequest a, CooperationRequest b) {
        return !Collections.disjoint(a.targets(), b.targets()) || (a.proceeding().isPresent() && a.proceeding().equals(b.proceeding()));
    }

    /** Another state, or from INTERPOL's files to a state's own desk. */
    private static boolean elsewhere(CooperationRequest refused, CooperationRequest later) {
        return !later.requestedState().equals(refused.requestedState()) || (NoticeAfterDeletion.isNotice(refused) && !NoticeAfterDeletion.isNotice(later));
    }
}
