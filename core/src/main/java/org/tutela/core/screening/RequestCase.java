package org.tutela.core.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tutela.core.registry.CaseNumber;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RegistryView;

/**
 * The case a request belongs to, as the registry view shows it: its proceedings, the ids that stand for
 * it, its complainants. Read once per screening; every flag that asks about the case asks here.
 */
public final class RequestCase {
    private final CooperationRequest request;
    private final RegistryView registry;
    private List<Proceeding> proceedings;
    private List<Proceeding> own;
    private Set<RecordId> ids;

    /** {@code registry} must already be the view as of the screening date. */
    public RequestCase(CooperationRequest request, RegistryView registry) {
        this.request = request;
        this.registry = registry;
    }

    /**
     * The case the request belongs to: its proceeding, the proceedings recorded as related to it (either
     * way), and proceedings of the requesting state whose case number the request cites.
     */
    public List<Proceeding> proceedings() {
        if (proceedings == null) {
            Map<RecordId, Proceeding> found = new LinkedHashMap<>();
            request.proceeding().flatMap(id -> registry.get(id, Proceeding.class)).ifPresent(p -> found.put(p.id(), p));
            Set<String> numbers = request.referenceNumbers().stream().map(CaseNumber::key).collect(Collectors.toSet());
            if (!numbers.isEmpty()) {
                registry.withAnyKey(Proceeding.class, request.referenceNumbers().stream().map(RecordKey::caseNumber).toList()).stream()
                        .filter(p -> numbers.contains(CaseNumber.key(p.caseNumber())))
                        .filter(p -> p.state().equals(request.requestingState()) || request.onBehalfOf().filter(p.state()::equals).isPresent())
                        .forEach(p -> found.putIfAbsent(p.id(), p));
            }
            own = List.copyOf(found.values());
            for (Proceeding p : own) {
                p.related().stream().flatMap(id -> registry.get(id, Proceeding.class).stream())
                        .forEach(r -> found.putIfAbsent(r.id(), r));
                registry.referencing(p.id(), Proceeding.class).stream()
                        .filter(r -> r.related().contains(p.id()))
                        .forEach(r -> found.putIfAbsent(r.id(), r));
            }
            proceedings = List.copyOf(found.values());
        }
        return proceedings;
    }

    /** The request's own proceeding(s): the one it names and those of the requesting state whose number it cites. */
    public List<Proceeding> ownProceedings() {
        proceedings();
        return own;
    }

    /** True when the request names its case, by a registry proceeding or by a reference number. */
    public boolean isCited() {
        return request.proceeding().isPresent() || !request.referenceNumbers().isEmpty();
    }

    /** How the request cites its case, for reasons given to the reader. */
    public String citedAs() {
        List<String> cited = new ArrayList<>();
        request.proceeding().ifPresent(id -> cited.add(id.value()));
        cited.addAll(request.referenceNumbers());
        return String.join(", ", cited);
    }

    public String labels() {
        return proceedings().stream().map(Proceeding::label).collect(Collectors.joining(", "));
    }

    /** Ids that stand for the case: its proceedings, this request, and other requests in the same proceedings. */
    public Set<RecordId> ids() {
        if (ids == null) {
            Set<RecordId> found = new LinkedHashSet<>();
            found.add(request.id());
            for (Proceeding p : proceedings()) {
                found.add(p.id());
                registry.referencing(p.id(), CooperationRequest.class).forEach(r -> found.add(r.id()));
            }
            ids = Collections.unmodifiableSet(found);
        }
        return ids;
    }

    /** True when an incident is tied to the case by a link or by a case number. */
    public boolean concerns(Incident incident) {
        Set<RecordId> linked = ids();
        if (incident.linked().stream().anyMatch(linked::contains)) {
            return true;
        }
        Set<String> numbers = proceedings().stream().map(p -> CaseNumber.key(p.caseNumber())).collect(Collectors.toSet());
        return incident.caseNumbers().stream().map(CaseNumber::key).anyMatch(numbers::contains);
    }

    /** Complainants and injured parties named by the request or its proceedings. */
    public List<RecordId> complainantIds() {
        Set<RecordId> found = new LinkedHashSet<>(request.complainants());
        proceedings().forEach(p -> found.addAll(p.complainants()));
        return List.copyOf(found);
    }

    public List<Organisation> complainantOrganisations() {
        return complainantIds().stream().flatMap(id -> registry.get(id, Organisation.class).stream()).toList();
    }
}
