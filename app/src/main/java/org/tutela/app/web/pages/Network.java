package org.tutela.app.web.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The big picture around one record: persons, organisations, proceedings, requests, decisions and
 * incidents, and the links that join them. Relationships are drawn as links, not as nodes. Links to a
 * proceeding are marked as case links, and an incident naming a case number is joined to the proceeding
 * that has it, so that one case behind many acts stands out.
 */
public record Network(String focus, List<Node> nodes, List<Edge> edges, List<CaseLinks> cases, boolean truncated) {

    public record Node(String id, String label, String kind, String href, Optional<String> caseNumber) {
    }

    public record Edge(String from, String to, String label, boolean caseLink) {
    }

    /** A case number in the picture and how many records it ties together. */
    public record CaseLinks(String caseNumber, String href, String state, int linked) {
    }

    /** A link as a line of the list shown beside the drawing (and instead of it without script). */
    public record Row(String fromLabel, String fromHref, String label, String toLabel, String toHref, boolean caseLink) {
    }

    public List<Row> rows() {
        Map<String, Node> byId = nodes.stream().collect(Collectors.toMap(Node::id, n -> n, (a, b) -> a));
        return edges.stream().map(e -> new Row(byId.get(e.from()).label(), byId.get(e.from()).href(), e.label(),
                byId.get(e.to()).label(), byId.get(e.to()).href(), e.caseLink())).toList();
    }

    static final Set<RecordKind> DRAWN = Set.of(RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.PROCEEDING,
            RecordKind.COOPERATION_REQUEST, RecordKind.DECISION, RecordKind.INCIDENT);
    static final int MAX_NODES = 150;

    /** The network in English titles (the API, tests). */
    public static Network around(RegistryRecord focus, int depth, RegistryView registry) {
        return around(focus, depth, registry, Labels::title);
    }

    /** {@code titles} names each record drawn (a page's {@code Labels::titleOf}, in the reader's language). */
    public static Network around(RegistryRecord focus, int depth, RegistryView registry,
                                 java.util.function.Function<RegistryRecord, String> titles) {
        Map<String, Proceeding> byCaseNumber = registry.all(Proceeding.class).stream()
                .collect(Collectors.toMap(p -> p.caseNumber().strip(), p -> p, (a, b) -> a));
        Map<RecordId, RegistryRecord> nodes = new LinkedHashMap<>();
        Set<Edge> edges = new LinkedHashSet<>();
        Map<RecordId, Integer> depthOf = new LinkedHashMap<>();
        Deque<RecordId> queue = new ArrayDeque<>();
        nodes.put(focus.id(), focus);
        depthOf.put(focus.id(), 0);
        queue.add(focus.id());
        boolean truncated = false;
        while (!queue.isEmpty()) {
            RegistryRecord record = nodes.get(queue.poll());
            int d = depthOf.get(record.id());
            // persons and organisations other than the focus are shown but not opened up: their own
            // networks would drown the picture
            boolean expand = d < depth && (record == focus || !isParty(record));
            if (!expand) {
                continue;
            }
            List<Edge> found = new ArrayList<>();
            Map<RecordId, RegistryRecord> neighbours = new LinkedHashMap<>();
            for (RecordId ref : record.referencedIds()) {
                registry.get(ref).filter(r -> DRAWN.contains(r.kind())).ifPresent(r -> {
                    neighbours.put(r.id(), r);
                    found.add(edge(record, r));
                });
            }
            for (RegistryRecord r : registry.referencing(record.id())) {
                if (r instanceof Relationship rel) {
                    // a relationship that merely cites this record (as its source) is no tie of it
                    rel.other(record.id()).flatMap(registry::get).ifPresent(o -> {
                        neighbours.put(o.id(), o);
                        found.add(new Edge(rel.from().value(), rel.to().value(), Labels.phrase(rel.type()).toLowerCase(java.util.Locale.ROOT), false));
                    });
                } else if (DRAWN.contains(r.kind())) {
                    neighbours.put(r.id(), r);
                    found.add(edge(r, record));
                }
            }
            if (record instanceof Incident incident) {
                for (String number : incident.caseNumbers()) {
                    Proceeding p = byCaseNumber.get(number.strip());
                    if (p != null) {
                        neighbours.put(p.id(), p);
                        found.add(new Edge(incident.id().value(), p.id().value(), "case no. " + number, true));
                    }
                }
            }
            for (RegistryRecord n : neighbours.values()) {
                if (!nodes.containsKey(n.id())) {
                    if (nodes.size() >= MAX_NODES) {
                        truncated = true;
                        continue;
                    }
                    nodes.put(n.id(), n);
                    depthOf.put(n.id(), d + 1);
                    queue.add(n.id());
                }
            }
            edges.addAll(found);
        }
        // links among the records drawn, though neither was opened up: a request's case, a decision's subject
        for (RegistryRecord r : nodes.values()) {
            for (RecordId ref : r.referencedIds()) {
                RegistryRecord b = nodes.get(ref);
                if (b != null) {
                    edges.add(edge(r, b));
                }
            }
            if (r instanceof Incident incident) {
                for (String number : incident.caseNumbers()) {
                    Proceeding p = byCaseNumber.get(number.strip());
                    if (p != null && nodes.containsKey(p.id())) {
                        edges.add(new Edge(incident.id().value(), p.id().value(), "case no. " + number, true));
                    }
                }
            }
        }
        List<Edge> kept = dedupe(edges.stream().filter(e -> nodes.containsKey(RecordId.of(e.from())) && nodes.containsKey(RecordId.of(e.to())))
                .toList());
        List<Node> drawn = nodes.values().stream().map(r -> node(r, titles)).toList();
        List<CaseLinks> cases = nodes.values().stream().filter(Proceeding.class::isInstance).map(Proceeding.class::cast)
                .filter(p -> numbered(p.caseNumber()))
                .map(p -> new CaseLinks(p.caseNumber(), Labels.href(p.id(), p.kind()), p.state().name(),
                        (int) kept.stream().filter(e -> e.from().equals(p.id().value()) || e.to().equals(p.id().value())).count()))
                .sorted(Comparator.comparing(CaseLinks::linked).reversed().thenComparing(CaseLinks::caseNumber)).toList();
        return new Network(focus.id().value(), drawn, kept, cases, truncated);
    }

    /** One line per pair of records: a case link wins over a plain one, and labels of the same pair are joined. */
    private static List<Edge> dedupe(List<Edge> edges) {
        Map<String, Edge> byPair = new LinkedHashMap<>();
        for (Edge e : edges) {
            String key = e.from().compareTo(e.to()) < 0 ? e.from() + "|" + e.to() : e.to() + "|" + e.from();
            Edge seen = byPair.get(key);
            if (seen == null) {
                byPair.put(key, e);
            } else if (!seen.label().contains(e.label())) {
                byPair.put(key, new Edge(seen.from(), seen.to(), seen.label() + ", " + e.label(), seen.caseLink() || e.caseLink()));
            } else if (e.caseLink() && !seen.caseLink()) {
                byPair.put(key, new Edge(seen.from(), seen.to(), seen.label(), true));
            }
        }
        return List.copyOf(byPair.values());
    }

    /** A real case number, not a recorder's note that the number is unknown. */
    static boolean numbered(String caseNumber) {
        return caseNumber.matches("[\\p{L}\\p{N}./ -]{1,40}") && caseNumber.matches(".*\\d.*");
    }

    private static boolean isParty(RegistryRecord r) {
        return r.kind() == RecordKind.PERSON || r.kind() == RecordKind.ORGANISATION;
    }

    private static Node node(RegistryRecord r, java.util.function.Function<RegistryRecord, String> titles) {
        Optional<String> caseNumber = r instanceof Proceeding p ? Optional.of(p.caseNumber()) : Optional.empty();
        String label = r instanceof Proceeding p && numbered(p.caseNumber())
                ? p.state().code() + " · " + p.caseNumber() : titles.apply(r);
        return new Node(r.id().value(), label, r.kind().slug(), Labels.href(r.id(), r.kind()), caseNumber);
    }

    /** A link from {@code a}, which refers to {@code b}, worded by what the reference means. */
    private static Edge edge(RegistryRecord a, RegistryRecord b) {
        boolean toCase = a instanceof Proceeding p && numbered(p.caseNumber()) || b instanceof Proceeding q && numbered(q.caseNumber());
        String label;
        if (a instanceof CooperationRequest r) {
            label = r.proceeding().filter(b.id()::equals).isPresent() ? "in case"
                    : r.complainants().contains(b.id()) ? "complainant"
                    : r.requestingAuthority().filter(b.id()::equals).isPresent() ? "requested by" : "names";
        } else if (a instanceof Decision d) {
            label = d.subject().equals(b.id()) ? "decides" : d.body().filter(b.id()::equals).isPresent() ? "decided by" : "concerns";
        } else if (a instanceof Incident i) {
            label = i.targets().contains(b.id()) ? "targets"
                    : i.perpetrators().stream().anyMatch(p -> p.actor().equals(b.id())) ? "perpetrator" : "linked";
        } else if (a instanceof Proceeding p) {
            label = p.accused().contains(b.id()) ? "accused" : p.complainants().contains(b.id()) ? "complainant"
                    : p.authority().filter(b.id()::equals).isPresent() ? "authority" : "related";
        } else {
            label = "refers to";
        }
        return new Edge(a.id().value(), b.id().value(), label, toCase);
    }
}
