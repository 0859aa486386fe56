package org.tutela.core.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.patterns.CaseMap;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Relationship;

/**
 * Reads the network around a record from a view of the registry: which records are drawn, the links
 * between them, the case groups, the centre. It sees only what the view shows, so a caller's
 * compartment view yields the caller's network. Relationships are drawn as links between parties, not
 * as records; an incident or request citing a case's number is joined to that case.
 */
public final class NetworkReading {
    /** The kinds drawn as records; relationships become links, sources and claims stay in the lists. */
    public static final Set<RecordKind> DRAWN = Set.of(RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.PROCEEDING,
            RecordKind.COOPERATION_REQUEST, RecordKind.DECISION, RecordKind.INCIDENT);
    /** Past this many records a picture is no longer read, only looked at: it is cut and says so. */
    public static final int MAX_NODES = 150;
    /** The roles of a body acting in its office: left out of a case's first view. */
    private static final Set<LinkRole> OFFICE = Set.of(LinkRole.AUTHORITY, LinkRole.DECIDED_BY, LinkRole.REQUESTED_BY);

    private final RegistryView view;
    private final CaseMap cases;
    private final Map<String, List<Proceeding>> proceedingsByNumber = new HashMap<>();

    public NetworkReading(RegistryView view) {
        this.view = view;
        this.cases = new CaseMap(view);
        for (Proceeding p : cases.cases()) {
            if (numbered(p.caseNumber())) {
                proceedingsByNumber.computeIfAbsent(CaseMap.caseNumber(p.caseNumber()), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** A real case number, not a recorder's note that the number is unknown. */
    public static boolean numbered(String caseNumber) {
        return caseNumber.matches("[\\p{L}\\p{N}./ -]{1,40}") && caseNumber.matches(".*\\d.*");
    }

    /**
     * The first picture of a record: a numbered case as its group with the parties it is directed against
     * (not every record those parties touch); anything else as {@link #around} at its default depth.
     */
    public Network first(RegistryRecord focus) {
        if (focus instanceof Proceeding p && numbered(p.caseNumber())) {
            return ofCase(p);
        }
        return around(focus, defaultDepth(focus));
    }

    /** One step around a person or body is already their whole world of acts and cases; two around anything else. */
    public static int defaultDepth(RegistryRecord focus) {
        return focus.kind() == RecordKind.PERSON || focus.kind() == RecordKind.ORGANISATION ? 1 : 2;
    }

    /**
     * A case: its proceeding, requests, incidents and the decisions on them, the records that cite or are
     * cited by the proceeding (a complaint abroad built on it, a related case), and the parties all these name
     * other than as the authority, the requesting body or the deciding body.
     */
    public Network ofCase(Proceeding p) {
        Map<RecordId, NetworkNode> drawn = new LinkedHashMap<>();
        boolean truncated = false;
        add(drawn, p, 0);
        List<RegistryRecord> members = members(p);
        for (RegistryRecord m : members) {
            truncated |= !add(drawn, m, 1);
        }
        List<RegistryRecord> named = new ArrayList<>(List.of(p));
        named.addAll(members);
        for (RegistryRecord r : neighbours(p)) {
            if (!isParty(r)) {
                truncated |= !add(drawn, r, 1);
                named.add(r);
            }
        }
        for (RegistryRecord m : named) {
            for (RecordId ref : m.referencedIds()) {
                // the bodies that received, decided or ran the case are one step further: the first view is
                // who acts in the case and against whom
                Optional<RegistryRecord> party = view.get(ref).filter(NetworkReading::isParty)
                        .filter(r -> !OFFICE.contains(LinkWording.role(m, r)));
                if (party.isPresent()) {
                    truncated |= !add(drawn, party.get(), 2);
                }
            }
        }
        return finish(p, drawn, truncated);
    }

    /** Every record within {@code depth} links of the focus; parties other than the focus are drawn but not opened up. */
    public Network around(RegistryRecord focus, int depth) {
        Map<RecordId, NetworkNode> drawn = new LinkedHashMap<>();
        Deque<RegistryRecord> queue = new ArrayDeque<>();
        add(drawn, focus, 0);
        queue.add(focus);
        boolean truncated = false;
        while (!queue.isEmpty()) {
            RegistryRecord record = queue.poll();
            int d = drawn.get(record.id()).distance();
            // other parties' own networks would drown the picture
            if (d >= depth || record != focus && isParty(record)) {
                continue;
            }
            for (RegistryRecord n : neighbours(record)) {
                if (!drawn.containsKey(n.id())) {
                    if (add(drawn, n, d + 1)) {
                        queue.add(n);
                    } else {
                        truncated = true;
                    }
                }
            }
        }
        return finish(focus, drawn, truncated);
    }

    private List<RegistryRecord> neighbours(RegistryRecord record) {
        Map<RecordId, RegistryRecord> found = new LinkedHashMap<>();
        for (RecordId ref : record.referencedIds()) {
            view.get(ref).filter(r -> DRAWN.contains(r.kind())).ifPresent(r -> found.putIfAbsent(r.id(), r));
        }
        for (RegistryRecord r : view.referencing(record.id())) {
            if (r instanceof Relationship rel) {
                // a relationship that merely cites this record (as its source) is no tie of it
                rel.other(record.id()).flatMap(view::get).ifPresent(o -> found.putIfAbsent(o.id(), o));
            } else if (DRAWN.contains(r.kind())) {
                found.putIfAbsent(r.id(), r);
            }
        }
        if (record instanceof Proceeding p && numbered(p.caseNumber())) {
            members(p).forEach(m -> found.putIfAbsent(m.id(), m));
        }
        casesCited(record).forEach(p -> found.putIfAbsent(p.id(), p));
        return List.copyOf(found.values());
    }

    /** The records of a case other than its proceeding: requests and incidents in it, decisions on any of them. */
    private List<RegistryRecord> members(Proceeding p) {
        Set<RegistryRecord> members = new LinkedHashSet<>();
        members.addAll(cases.requestsIn(p));
        members.addAll(cases.incidentsIn(p));
        List<RegistryRecord> decided = new ArrayList<>(members);
        decided.add(p);
        for (RegistryRecord r : decided) {
            members.addAll(cases.decisionsOn(r.id()));
        }
        return List.copyOf(members);
    }

    /** The numbered cases an incident or a request cites by number, of the state whose case it is. */
    private List<Proceeding> casesCited(RegistryRecord record) {
        List<String> numbers = record instanceof Incident i ? i.caseNumbers()
                : record instanceof CooperationRequest r ? r.referenceNumbers() : List.of();
        List<Proceeding> found = new ArrayList<>();
        for (String n : numbers) {
            for (Proceeding p : proceedingsByNumber.getOrDefault(CaseMap.caseNumber(n), List.of())) {
                boolean ofItsState = record instanceof Incident i ? i.perpetratorState().equals(p.state())
                        : cases.statesBehind((CooperationRequest) record).contains(p.state());
                if (ofItsState && !found.contains(p)) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    private boolean add(Map<RecordId, NetworkNode> drawn, RegistryRecord r, int distance) {
        if (drawn.containsKey(r.id())) {
            return true;
        }
        if (drawn.size() >= MAX_NODES) {
            return false;
        }
        drawn.put(r.id(), Facets.node(r, distance));
        return true;
    }

    private Network finish(RegistryRecord focus, Map<RecordId, NetworkNode> drawn, boolean truncated) {
        List<NetworkLink> links = links(drawn);
        List<CaseGroup> groups = groups(focus, drawn);
        for (CaseGroup g : groups) {
            g.members().forEach(id -> drawn.computeIfPresent(id, (k, n) -> n.inCase(g.key())));
        }
        return new Network(focus.id(), centre(focus, drawn, groups), List.copyOf(drawn.values()), links, groups, truncated);
    }

    private List<NetworkLink> links(Map<RecordId, NetworkNode> drawn) {
        Map<String, NetworkLink> byPair = new LinkedHashMap<>();
        for (NetworkNode n : drawn.values()) {
            RegistryRecord r = n.record();
            for (RecordId ref : r.referencedIds()) {
                NetworkNode b = drawn.get(ref);
                if (b != null && !ref.equals(r.id())) {
                    put(byPair, LinkWording.link(r, b.record()));
                }
            }
            for (Proceeding p : casesCited(r)) {
                if (drawn.containsKey(p.id())) {
                    put(byPair, NetworkLink.role(r.id(), p.id(), LinkRole.CASE_NUMBER, true));
                }
            }
        }
        for (Relationship rel : view.all(Relationship.class)) {
            if (drawn.containsKey(rel.from()) && drawn.containsKey(rel.to()) && !rel.from().equals(rel.to())) {
                put(byPair, NetworkLink.tie(rel));
            }
        }
        return List.copyOf(byPair.values());
    }

    private static void put(Map<String, NetworkLink> byPair, NetworkLink link) {
        byPair.merge(link.pair(), link, NetworkLink::join);
    }

    /**
     * The case groups: each numbered case drawn, the focus's own first and then the largest, takes the
     * drawn records of its case not yet in a group. A case with one drawn record is no group.
     */
    private List<CaseGroup> groups(RegistryRecord focus, Map<RecordId, NetworkNode> drawn) {
        List<Proceeding> numbered = drawn.values().stream().map(NetworkNode::record).filter(Proceeding.class::isInstance)
                .map(Proceeding.class::cast).filter(p -> numbered(p.caseNumber())).toList();
        Map<Proceeding, List<RecordId>> candidates = new LinkedHashMap<>();
        for (Proceeding p : numbered) {
            List<RecordId> ids = new ArrayList<>(List.of(p.id()));
            members(p).stream().map(RegistryRecord::id).filter(drawn::containsKey).forEach(ids::add);
            candidates.put(p, ids);
        }
        List<Proceeding> order = new ArrayList<>(candidates.keySet());
        order.sort(Comparator.comparing((Proceeding p) -> !p.id().equals(focus.id()) && !candidates.get(p).contains(focus.id()))
                .thenComparing(p -> -candidates.get(p).size()).thenComparing(p -> p.id().value()));
        Set<RecordId> grouped = new LinkedHashSet<>();
        // a proceeding heads its own group even when an earlier case counted it among its records
        numbered.forEach(p -> grouped.add(p.id()));
        List<CaseGroup> groups = new ArrayList<>();
        for (Proceeding p : order) {
            List<RecordId> members = new ArrayList<>(List.of(p.id()));
            candidates.get(p).stream().filter(id -> !grouped.contains(id)).forEach(members::add);
            members.stream().skip(1).forEach(grouped::add);
            if (members.size() >= 2) {
                groups.add(new CaseGroup(p.state().code() + ":" + CaseMap.caseNumber(p.caseNumber()), p.id(), p.state(), p.caseNumber(), members));
            }
        }
        return groups;
    }

    /**
     * The record put in the middle: a party asked for is its own centre; a case (or a record in one) is
     * centred on the person most of its records are directed against; anything else on itself.
     */
    private static RecordId centre(RegistryRecord focus, Map<RecordId, NetworkNode> drawn, List<CaseGroup> groups) {
        if (isParty(focus)) {
            return focus.id();
        }
        Optional<CaseGroup> own = groups.stream().filter(g -> g.members().contains(focus.id())).findFirst();
        if (own.isEmpty()) {
            return focus.id();
        }
        Map<RecordId, Integer> against = new LinkedHashMap<>();
        for (RecordId id : own.get().members()) {
            RegistryRecord r = drawn.get(id).record();
            for (RecordId person : directedAgainst(r)) {
                NetworkNode n = drawn.get(person);
                if (n != null && n.kind() == RecordKind.PERSON) {
                    against.merge(person, 1, Integer::sum);
                }
            }
        }
        return against.entrySet().stream().max(Map.Entry.<RecordId, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().value(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(focus.id());
    }

    private static List<RecordId> directedAgainst(RegistryRecord r) {
        if (r instanceof Proceeding p) {
            return p.accused();
        }
        if (r instanceof CooperationRequest q) {
            return q.targets();
        }
        if (r instanceof Incident i) {
            return i.targets();
        }
        if (r instanceof Decision d) {
            return d.concerning();
        }
        return List.of();
    }

    private static boolean isParty(RegistryRecord r) {
        return r.kind() == RecordKind.PERSON || r.kind() == RecordKind.ORGANISATION;
    }
}
