package org.tutela.core.patterns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;

/**
 * A notice or diffusion issued again against a person after INTERPOL deleted an earlier one for the
 * same state (flag 5; INTERPOL Constitution Art. 3, GA-2017-86-RES-09).
 */
public final class NoticeAfterDeletion implements Detector {
    @Override
    public String id() {
        return "notice-after-deletion";
    }

    static boolean isNotice(CooperationRequest r) {
        return r.type() == CooperationRequest.Type.RED_NOTICE || r.type() == CooperationRequest.Type.DIFFUSION;
    }

    @Override
    public List<Finding> detect(CaseMap map) {
        List<Finding> found = new ArrayList<>();
        for (CooperationRequest deleted : map.requests().stream().filter(NoticeAfterDeletion::isNotice).toList()) {
            for (Decision deletion : map.refusalsOf(deleted).stream().filter(d -> d.outcome() == Decision.Outcome.NOTICE_DELETED).toList()) {
                List<CooperationRequest> again = map.requests().stream()
                        .filter(r -> isNotice(r) && !r.id().equals(deleted.id()) && CaseMap.onOrAfter(r.date(), deletion.eventDate()))
                        .filter(r -> !Collections.disjoint(r.targets(), deleted.targets()))
                        .filter(r -> !Collections.disjoint(map.statesBehind(r), map.statesBehind(deleted))).toList();
                if (!again.isEmpty()) {
                    List<Evidence> evidence = new ArrayList<>(List.of(Evidence.of(deleted, Part.REQUEST), Evidence.of(deletion, Part.REFUSAL)));
                    again.forEach(r -> evidence.add(Evidence.of(r, Part.LATER_REQUEST)));
                    List<Country> states = new ArrayList<>(map.statesBehind(deleted));
                    found.add(new Finding(id(), deletion.id(), states, evidence));
                }
            }
        }
        return found;
    }
}
