package org.tutela.core.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryView;

/**
 * The patterns across cases: every detector run over a view of the registry. Computed on read, over the
 * view the caller passes (a compartment view, an as-of view), so the findings are always as that view
 * sees the registry now; nothing is stored.
 */
public final class Patterns {
    /** Every detector, in the order the Patterns page lists them. */
    public static final List<Detector> DETECTORS = List.of(
            new CaseAcrossStates(),
            new CaseAgainstRelatives(),
            new FamilyInSameCase(),
            new ResentAfterRefusal(),
            new NoticeAfterDeletion(),
            new ProxyRequest(),
            new ControlledComplainant(),
            new EnablerAcrossCases(),
            new FirmsForOnePrincipal(),
            new PressureCampaign());

    private final List<Detector> detectors;

    public Patterns(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    public static Patterns standard() {
        return new Patterns(DETECTORS);
    }

    public List<Detector> detectors() {
        return detectors;
    }

    public Optional<Detector> detector(String id) {
        return detectors.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Every finding of every detector over {@code view}. */
    public List<Finding> find(RegistryView view) {
        CaseMap map = new CaseMap(view);
        List<Finding> findings = new ArrayList<>();
        detectors.forEach(d -> findings.addAll(d.detect(map)));
        return List.copyOf(findings);
    }

    /** The findings of one detector over {@code view}. */
    public List<Finding> find(RegistryView view, String detectorId) {
        return detector(detectorId).map(d -> d.detect(new CaseMap(view))).orElse(List.of());
    }

    /**
     * The findings that concern one record: those naming it, and, for a request, those naming its case
     * (its proceeding). This is the question screening asks for flags 5, 6 and 12.
     */
    public List<Finding> findingsAbout(RegistryView view, RecordId record) {
        Set<RecordId> ids = new java.util.HashSet<>(Set.of(record));
        view.get(record, CooperationRequest.class).flatMap(CooperationRequest::proceeding).ifPresent(ids::add);
        return find(view).stream().filter(f -> ids.stream().anyMatch(f::names)).collect(Collectors.toList());
    }
}
