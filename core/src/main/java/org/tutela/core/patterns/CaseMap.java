package org.tutela.core.patterns;

import org.tutela.core.registry.ApproximateDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Relationship;

/**
 * The registry read across cases, in the words the detectors ask in: the requests of a case, the states
 * behind a request, the relatives of a person, for whom an organisation acts. It reads whatever view it
 * is given, so a caller's compartment view yields only what that caller may see. Indexes are built once
 * per map; a map is made per reading, so it follows the registry as it changes.
 */
public final class CaseMap {
    /** How far a chain of control or representation is followed to the state behind an organisation. */
    private static final int CHAIN_DEPTH = 4;

    private final RegistryView view;
    private final List<CooperationRequest> requests;
    private final List<Proceeding> proceedings;
    private final List<Incident> incidents;
    private final Map<RecordId, List<Decision>> decisionsBySubject = new HashMap<>();
    private final Map<RecordId, List<Relationship>> relationshipsByParty = new HashMap<>();
    private final Map<RecordId, List<Incident>> incidentsByLinked = new HashMap<>();
    private final Map<RecordId, List<Incident>> incidentsByActor = new HashMap<>();
    private final Map<String, List<Incident>> incidentsByNumber = new HashMap<>();
    private final Map<RecordId, List<CooperationRequest>> requestsByCase = new HashMap<>();
    private final Map<String, List<CooperationRequest>> requestsByNumber = new HashMap<>();

    public CaseMap(RegistryView view) {
        this.view = view;
        this.requests = view.all(CooperationRequest.class);
        this.proceedings = view.all(Proceeding.class);
        this.incidents = view.all(Incident.class);
        for (Decision d : view.all(Decision.class)) {
            decisionsBySubject.computeIfAbsent(d.subject(), k -> new ArrayList<>()).add(d);
        }
        for (CooperationRequest r : requests) {
            r.proceeding().ifPresent(id -> requestsByCase.computeIfAbsent(id, k -> new ArrayList<>()).add(r));
            r.referenceNumbers().stream().map(CaseMap::caseNumber).distinct()
                    .forEach(n -> requestsByNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(r));
        }
        for (Incident i : incidents) {
            i.caseNumbers().stream().map(CaseMap::caseNumber).distinct()
                    .forEach(n -> incidentsByNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(i));
            i.linked().forEach(id -> incidentsByLinked.computeIfAbsent(id, k -> new ArrayList<>()).add(i));
            i.perpetrators().forEach(p -> incidentsByActor.computeIfAbsent(p.actor(), k -> new ArrayList<>()).add(i));
        }
        for (Relationship r : view.all(Relationship.class)) {
            relationshipsByParty.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
            relationshipsByParty.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
        }
    }

    public List<CooperationRequest> requests() {
        return requests;
    }

    public List<Proceeding> cases() {
        return proceedings;
    }

    public List<Incident> incidents() {
        return incidents;
    }

    public <T extends RegistryRecord> List<T> all(Class<T> type) {
        return view.all(type);
    }

    public <T extends RegistryRecord> Optional<T> get(RecordId id, Class<T> type) {
        return view.get(id, type);
    }

    /** One form of a case number, so that "№ 170 000 131 000 012" and "170000131000012" are the same case. */
    public static String caseNumber(String written) {
        return written.replaceAll("[\\s№#]", "").toLowerCase(Locale.ROOT);
    }

    /** The requests made in a case: by naming the proceeding, or by citing its number (from the state whose case it is). */
    public List<CooperationRequest> requestsIn(Proceeding p) {
        Set<CooperationRequest> found = new LinkedHashSet<>(requestsByCase.getOrDefault(p.id(), List.of()));
        requestsByNumber.getOrDefault(caseNumber(p.caseNumber()), List.of()).stream()
                .filter(r -> statesBehind(r).contains(p.state())).forEach(found::add);
        return List.copyOf(found);
    }

    /** The incidents of a case: linked to its proceeding, or citing its number. */
    public List<Incident> incidentsIn(Proceeding p) {
        Set<Incident> found = new LinkedHashSet<>(incidentsByLinked.getOrDefault(p.id(), List.of()));
        incidentsByNumber.getOrDefault(caseNumber(p.caseNumber()), List.of()).stream()
                .filter(i -> i.perpetratorState().equals(p.state())).forEach(found::add);
        return List.copyOf(found);
    }

    /** The decisions taken on a record (a request, a proceeding). */
    public List<Decision> decisionsOn(RecordId subject) {
        return decisionsBySubject.getOrDefault(subject, List.of());
    }

    /** Refusals, annulments, dropped cases and deleted notices on a request. */
    public List<Decision> refusalsOf(CooperationRequest r) {
        return decisionsOn(r.id()).stream().filter(d -> d.outcome().isRefusal()).toList();
    }

    /** The incidents the registry links to a record. */
    public List<Incident> incidentsAbout(RecordId id) {
        return incidentsByLinked.getOrDefault(id, List.of());
    }

    /** The incidents in which an actor took part, at any degree. */
    public List<Incident> incidentsBy(RecordId actor) {
        return incidentsByActor.getOrDefault(actor, List.of()).stream().distinct().toList();
    }

    /**
     * The states behind a request: the one sending it, the one it is sent for, the state whose case it
     * is, the state controlling a complainant.
     */
    public Set<Country> statesBehind(CooperationRequest r) {
        Set<Country> states = new LinkedHashSet<>();
        states.add(r.requestingState());
        r.onBehalfOf().ifPresent(states::add);
        caseOf(r).filter(p -> !p.state().equals(r.requestedState())).ifPresent(p -> states.add(p.state()));
        for (RecordId c : r.complainants()) {
            view.get(c, Organisation.class).flatMap(Organisation::controllingState).ifPresent(states::add);
        }
        return states;
    }

    /** The proceeding a request names. */
    public Optional<Proceeding> caseOf(CooperationRequest r) {
        return r.proceeding().flatMap(id -> view.get(id, Proceeding.class));
    }

    /** The state a request is made for when it is not the state sending it, with the record that says so. */
    public Optional<Country> principalOf(CooperationRequest r) {
        Optional<Country> behalf = r.onBehalfOf().filter(c -> !c.equals(r.requestingState()));
        return behalf.or(() -> caseOf(r).map(Proceeding::state)
                .filter(c -> !c.equals(r.requestingState()) && !c.equals(r.requestedState())));
    }

    /** The persons a request is directed against. */
    public List<RecordId> targetsOf(CooperationRequest r) {
        return r.targets();
    }

    /** Everyone a case is directed against: its accused, the targets of its requests and incidents, the persons its decisions concern. */
    public Set<RecordId> targetedIn(Proceeding p) {
        Set<RecordId> persons = new LinkedHashSet<>(p.accused());
        requestsIn(p).forEach(r -> persons.addAll(r.targets()));
        incidentsIn(p).forEach(i -> persons.addAll(i.targets()));
        decisionsOn(p.id()).forEach(d -> persons.addAll(d.concerning()));
        return persons;
    }

    /** The acts of a case against one person: incidents targeting them, decisions concerning them, and the proceeding itself if they are accused. */
    public List<RegistryRecord> actsAgainstIn(Proceeding p, RecordId person) {
        List<RegistryRecord> acts = new ArrayList<>();
        if (p.accused().contains(person)) {
            acts.add(p);
        }
        incidentsIn(p).stream().filter(i -> i.targets().contains(person)).forEach(acts::add);
        decisionsOn(p.id()).stream().filter(d -> d.concerning().contains(person)).forEach(acts::add);
        return acts;
    }

    /**
     * The acts of a case against a person other than requests to foreign states (those are the case's
     * reach abroad): detention, coercion, prosecution at home, findings about them.
     */
    public List<RegistryRecord> actsAtHomeAgainstIn(Proceeding p, RecordId person) {
        return actsAgainstIn(p, person).stream()
                .filter(a -> !(a instanceof Incident i && i.family() == Incident.Family.CO_OPTING_OTHER_COUNTRIES)).toList();
    }

    /** A person's relatives, each with the relationship that makes them family. */
    public Map<RecordId, Relationship> relativesOf(RecordId person) {
        Map<RecordId, Relationship> relatives = new LinkedHashMap<>();
        for (Relationship r : relationshipsByParty.getOrDefault(person, List.of())) {
            if (r.type() == Relationship.Type.FAMILY) {
                r.other(person).ifPresent(o -> relatives.putIfAbsent(o, r));
            }
        }
        return relatives;
    }

    /** A state and the records that tie an organisation to it. */
    public record Allegiance(Country state, List<RegistryRecord> through) {
        public Allegiance {
            through = List.copyOf(through);
        }
    }

    /**
     * The state an organisation acts for and the records that show it: its own controlling state, or a
     * chain of control, proxy or representation (a firm acting for a bank the state controls).
     */
    public Optional<Allegiance> actsFor(RecordId organisation) {
        return actsFor(organisation, new ArrayList<>(), new LinkedHashSet<>());
    }

    private Optional<Allegiance> actsFor(RecordId id, List<RegistryRecord> path, Set<RecordId> seen) {
        if (!seen.add(id) || path.size() > CHAIN_DEPTH) {
            return Optional.empty();
        }
        Optional<Organisation> org = view.get(id, Organisation.class);
        if (org.isEmpty()) {
            return Optional.empty();
        }
        Optional<Country> own = org.get().actsFor();
        if (own.isPresent()) {
            List<RegistryRecord> through = new ArrayList<>(path);
            through.add(org.get());
            return Optional.of(new Allegiance(own.get(), through));
        }
        for (Relationship r : relationshipsByParty.getOrDefault(id, List.of())) {
            Optional<RecordId> principal = principal(r, id);
            if (principal.isPresent()) {
                List<RegistryRecord> next = new ArrayList<>(path);
                next.add(r);
                Optional<Allegiance> found = actsFor(principal.get(), next, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Whom a party answers to through a tie: the principal of a proxy, the client it represents, its controller. */
    private static Optional<RecordId> principal(Relationship r, RecordId party) {
        return switch (r.type()) {
            case PROXY_OF, LAWYER_CLIENT -> r.from().equals(party) ? Optional.of(r.to()) : Optional.empty();
            case CONTROL -> r.to().equals(party) ? Optional.of(r.from()) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The requests and cases in which a party is complainant or injured party. */
    public List<RegistryRecord> complaintsBy(RecordId party) {
        List<RegistryRecord> found = new ArrayList<>();
        requests.stream().filter(r -> r.complainants().contains(party)).forEach(found::add);
        proceedings.stream().filter(p -> p.complainants().contains(party)).forEach(found::add);
        return found;
    }

    /**
     * Whether {@code later} surely came on or after {@code earlier}: its first possible day is not before the
     * other's last. Undated records, and dates whose spans overlap, never count as later.
     */
    public static boolean onOrAfter(Optional<ApproximateDate> later, Optional<ApproximateDate> earlier) {
        return later.isPresent() && earlier.isPresent() && !later.get().earliest().isBefore(earlier.get().latest());
    }
}
