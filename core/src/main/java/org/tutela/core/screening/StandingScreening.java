package org.tutela.core.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.feed.FeedConsumer;
import org.tutela.core.feed.FeedEntry;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Relationship;
import org.tutela.core.registry.Revision;

/**
 * Screens open requests again when the registry learns something that touches them (a finding, a
 * refusal elsewhere, a deleted notice, a new relationship), and raises an alert when the result
 * changes. It follows the registry's change feed as a consumer that runs on one server at a time;
 * re-screening a change twice raises nothing twice, since only a changed result is recorded. Each
 * request is screened through the view of its owner ({@link OwnerView}): what another owner's records
 * say never reaches its report, its alerts or the causes an alert names.
 */
public final class StandingScreening implements Registry.RegistryListener, FeedConsumer {
    private final Screening screening;
    private final ScreeningLog log;
    private final RegistryView registry;
    private final Clock clock;
    private final OwnerView owners;

    /** For a registry with one owner of everything (tests, files). */
    public StandingScreening(Screening screening, ScreeningLog log, RegistryView registry, Clock clock) {
        this(screening, log, registry, clock, OwnerView.WHOLE_REGISTRY);
    }

    public StandingScreening(Screening screening, ScreeningLog log, RegistryView registry, Clock clock, OwnerView owners) {
        this.screening = screening;
        this.log = log;
        this.registry = registry;
        this.clock = clock;
        this.owners = owners;
    }

    /** Called by the registry after each commit: re-screens as of today. */
    @Override
    public void committed(List<Revision> revisions) {
        rescreen(revisions, registry, LocalDate.now(clock));
    }

    /** Called by the change feed's follower (on one server of the cluster), with changes in commit order. */
    @Override
    public void consume(List<FeedEntry> changes) {
        committed(changes.stream().map(FeedEntry::revision).toList());
    }

    /**
     * Re-screens, as of {@code asOf}, every open request the revisions touch; records each new screening
     * whose result changed (or the first one) and raises an alert for each change.
     */
    public List<Alert> rescreen(List<Revision> revisions, RegistryView view, LocalDate asOf) {
        List<Alert> alerts = new ArrayList<>();
        RegistryView now = view.asOf(asOf);
        for (CooperationRequest request : TouchedRequests.of(revisions, now)) {
            RegistryView own = owners.of(request, view);
            RegistryView ownNow = own.asOf(asOf);
            if (!open(request, ownNow)) {
                continue;
            }
            Optional<ScreeningReport> before = log.latest(request.id());
            Set<RecordId> footprint = footprint(request, ownNow, before);
            // a change the owner cannot see neither triggers a screening nor is named as a cause
            List<Alert.Cause> causes = revisions.stream().filter(r -> touches(r, footprint, request))
                    .filter(r -> r.state().isPresent() ? own.get(r.id()).isPresent() : footprint.contains(r.id()))
                    .map(r -> new Alert.Cause(r.id(), r.number())).distinct().toList();
            if (causes.isEmpty()) {
                continue;
            }
            ScreeningReport after = screening.screen(request, own, asOf);
            if (before.isEmpty()) {
                log.record(after);
                continue;
            }
            Alert.Difference difference = Alert.Difference.between(before.get(), after);
            if (!difference.isEmpty()) {
                log.record(after);
                Alert alert = new Alert(request.id(), before.get(), after, difference, causes);
                log.raise(alert);
                alerts.add(alert);
            }
        }
        return alerts;
    }

    /** A request is open until a decision closes it (refused, executed, annulled, notice deleted, withdrawn). */
    static boolean open(CooperationRequest request, RegistryView view) {
        return view.referencing(request.id(), Decision.class).stream()
                .noneMatch(d -> d.subject().equals(request.id()) && d.outcome().closesRequest());
    }

    /**
     * The records whose change can change the request's screening: the request, its persons and their
     * relatives, lawyers and associates, its case and related cases with their accused, complainants,
     * and every record the last screening cited.
     */
    static Set<RecordId> footprint(CooperationRequest request, RegistryView view, Optional<ScreeningReport> before) {
        Set<RecordId> ids = new LinkedHashSet<>(request.referencedIds());
        ids.add(request.id());
        Set<RecordId> persons = new LinkedHashSet<>();
        request.persons().forEach(p -> p.person().ifPresent(persons::add));
        before.ifPresent(r -> r.identifications().forEach(i -> i.confirmed().ifPresent(persons::add)));
        for (RecordId person : persons) {
            ids.add(person);
            for (Relationship r : view.referencing(person, Relationship.class)) {
                ids.add(r.id());
                r.other(person).ifPresent(ids::add);
            }
        }
        RequestContext context = new RequestContext(request, view, LocalDate.MAX, List.of());
        ids.addAll(context.requestCase().ids());
        for (Proceeding p : context.requestCase().proceedings()) {
            ids.add(p.id());
            ids.addAll(p.accused());
            ids.addAll(p.complainants());
            ids.addAll(p.related());
        }
        before.ifPresent(r -> r.flags().forEach(f -> f.facts().forEach(fact -> ids.add(fact.record()))));
        return ids;
    }

    private static boolean touches(Revision revision, Set<RecordId> footprint, CooperationRequest request) {
        if (footprint.contains(revision.id())) {
            return true;
        }
        Optional<RegistryRecord> state = revision.state();
        if (state.isEmpty()) {
            return false;
        }
        RegistryRecord record = state.get();
        if (record instanceof Incident i && (i.perpetratorState().equals(request.requestingState())
                || request.onBehalfOf().filter(i.perpetratorState()::equals).isPresent())) {
            return true;
        }
        if (record instanceof Proceeding p && request.referenceNumbers().contains(p.caseNumber())) {
            return true;
        }
        if (record instanceof Person) {
            return footprint.contains(record.id());
        }
        return record.referencedIds().stream().anyMatch(footprint::contains);
    }
}
