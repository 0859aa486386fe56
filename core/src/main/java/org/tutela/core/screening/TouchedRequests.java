package org.tutela.core.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Revision;
import org.tutela.core.registry.Source;

/**
 * The requests a batch of changes may touch, found from the changed records outward through the
 * registry's links (both ways, {@value #LEVELS} links deep), the case numbers of the proceedings met on
 * the way and the states of changed incidents: never by reading every request. {@link StandingScreening}
 * then decides, request by request, whether a change does touch it; so this may name too many, never too
 * few, for whatever a request's footprint holds within that distance.
 *
 * <p>Sources are cited by a great many records: from a source only the requests citing it are followed,
 * not everything else that cites it. A retraction leaves no links to follow (the record is gone and
 * nothing may point at it), so a batch with a retraction falls back to every request; retractions are
 * rare, and a withdrawn finding the last screening cited must still raise its alert.
 */
final class TouchedRequests {
    static final int LEVELS = 3;

    private TouchedRequests() {
    }

    static List<CooperationRequest> of(Collection<Revision> revisions, RegistryView view) {
        if (revisions.stream().anyMatch(Revision::retracted)) {
            return view.all(CooperationRequest.class);
        }
        Map<RecordId, CooperationRequest> found = new LinkedHashMap<>();
        Set<RecordKey> keys = new LinkedHashSet<>();
        Set<RecordId> level = new LinkedHashSet<>();
        for (Revision revision : revisions) {
            level.add(revision.id());
            RegistryRecord changed = revision.state().orElseThrow();
            level.addAll(changed.referencedIds());
            if (changed instanceof Incident i) {
                keys.add(RecordKey.stateBehind(i.perpetratorState()));
            }
        }
        Set<RecordId> seen = new HashSet<>(level);
        for (int depth = 0; depth <= LEVELS && !level.isEmpty(); depth++) {
            Set<RecordId> next = new LinkedHashSet<>();
            for (RecordId id : level) {
                RegistryRecord record = view.get(id).orElse(null);
                if (record instanceof CooperationRequest request) {
                    found.putIfAbsent(request.id(), request);
                }
                if (record instanceof Proceeding p) {
                    keys.add(RecordKey.caseNumber(p.caseNumber()));
                }
                if (record instanceof Source || depth == LEVELS) {
                    view.referencing(id, CooperationRequest.class).forEach(r -> found.putIfAbsent(r.id(), r));
                    continue;
                }
                if (record != null) {
                    next.addAll(record.referencedIds());
                }
                for (RegistryRecord referrer : view.referencing(id)) {
                    if (referrer instanceof CooperationRequest request) {
                        found.putIfAbsent(request.id(), request);
                    }
                    next.add(referrer.id());
                }
            }
            next.removeAll(seen);
            seen.addAll(next);
            level = next;
        }
        view.withAnyKey(CooperationRequest.class, keys).forEach(r -> found.putIfAbsent(r.id(), r));
        List<CooperationRequest> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing(CooperationRequest::id));
        return out;
    }
}
