package org.tutela.app.web.pages;

import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.DateWording;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.tutela.core.network.Network;
import org.tutela.core.network.NetworkLink;
import org.tutela.core.network.NetworkNode;
import org.tutela.core.network.NetworkReading;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;

/**
 * A network as the page and its script draw it: core's {@link Network} with words from the patterns
 * bundle in the reader's language. Each record has a short label for the drawing and its full title for
 * hover, the list and export; each link the roles it plays, worded.
 */
public record NetworkPicture(String focus, String centre, List<Node> nodes, List<Edge> edges, List<Case> cases, boolean truncated,
                             List<Choice> kinds, List<Choice> states, Optional<Integer> firstYear, Optional<Integer> lastYear) {

    public record Node(String id, String label, String full, String kind, String href, Optional<String> group, List<String> states,
                       Optional<String> date, Optional<Integer> year, boolean approximate, String when, int distance) {
    }

    public record Edge(String from, String to, String label, boolean caseLink) {
    }

    /** A case group: drawn as a box around its records, listed above the drawing. */
    public record Case(String key, String label, String caseNumber, String state, String href, int records) {
    }

    /** A value a filter offers, with its words. */
    public record Choice(String value, String label) {
    }

    /** A link as a line of the list shown beside the drawing (and instead of it without script). */
    public record Row(String fromLabel, String fromHref, String label, String toLabel, String toHref, boolean caseLink) {
    }

    public List<Row> rows() {
        Map<String, Node> byId = nodes.stream().collect(Collectors.toMap(Node::id, n -> n, (a, b) -> a));
        return edges.stream().map(e -> new Row(byId.get(e.from()).full(), byId.get(e.from()).href(), e.label(),
                byId.get(e.to()).full(), byId.get(e.to()).href(), e.caseLink())).toList();
    }

    static NetworkPicture of(Network network, MessageSource words, Locale locale) {
        Wording w = new Wording(words, locale);
        List<Node> nodes = network.nodes().stream().map(n -> node(n, w)).toList();
        List<Edge> edges = network.links().stream().map(l -> new Edge(l.from().value(), l.to().value(), w.link(l), l.caseLink())).toList();
        List<Case> cases = network.cases().stream().map(g -> new Case(g.key(), w.say("network.case", g.caseNumber(), g.state().name(locale)),
                g.caseNumber(), g.state().name(locale), Labels.href(g.proceeding(), RecordKind.PROCEEDING), g.members().size())).toList();
        List<Choice> kinds = network.nodes().stream().map(NetworkNode::kind).distinct().sorted()
                .map(k -> new Choice(k.slug(), w.say("network.kind." + k.slug()))).toList();
        Map<String, String> stateNames = new TreeMap<>();
        network.nodes().stream().filter(n -> !n.party()).flatMap(n -> n.states().stream())
                .forEach(c -> stateNames.put(c.code(), c.name(locale)));
        List<Choice> states = stateNames.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new Choice(e.getKey(), e.getValue())).toList();
        List<Integer> years = nodes.stream().flatMap(n -> n.year().stream()).sorted().toList();
        return new NetworkPicture(network.focus().value(), network.centre().value(), nodes, edges, cases, network.truncated(), kinds, states,
                years.stream().findFirst(), years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1)));
    }

    private static Node node(NetworkNode n, Wording w) {
        RegistryRecord r = n.record();
        Optional<Integer> year = n.date().map(ApproximateDate::namedYear);
        // a day is drawn by its year; a date recorded as a month, a year, "about" or a span as it was recorded
        String when = n.date().map(d -> !d.isDay() ? DateWording.format(d, w.locale())
                        : n.approximate() ? w.say("network.year.approximate", String.valueOf(d.namedYear())) : String.valueOf(d.namedYear()))
                .orElse("");
        return new Node(r.id().value(), shortLabel(r, when, w), Labels.title(r), r.kind().slug(), Labels.href(r.id(), r.kind()), n.caseKey(),
                n.states().stream().map(Country::code).sorted().toList(), n.date().map(ApproximateDate::text), year, n.approximate(), when,
                n.distance());
    }

    /** The few words a record is drawn with: what it is, between which states, which year; the full title is on hover and in the list. */
    private static String shortLabel(RegistryRecord r, String when, Wording w) {
        if (r instanceof CooperationRequest q) {
            return w.dated(w.say("network.short.request", Labels.phrase(q.type()), q.requestingState().code(), q.requestedState().code()), when);
        }
        if (r instanceof Incident i) {
            return w.dated(Labels.phrase(i.tactic()), when);
        }
        if (r instanceof Decision d) {
            return w.dated(Labels.phrase(d.outcome()), when);
        }
        if (r instanceof Proceeding p) {
            return NetworkReading.numbered(p.caseNumber()) ? w.say("network.short.proceeding", p.state().code(), p.caseNumber())
                    : Labels.title(p);
        }
        return Labels.title(r);
    }

    /** The bundle's words in one language. */
    private record Wording(MessageSource words, Locale locale) {
        String say(String key, Object... args) {
            return words.getMessage(key, args, locale);
        }

        String dated(String what, String when) {
            return when.isEmpty() ? what : say("network.short.dated", what, when);
        }

        /** A link's roles as words: "targets", "in case, case no.", "family". */
        String link(NetworkLink l) {
            return Stream.concat(l.roles().stream().sorted().map(r -> say("network.link." + r.name())),
                            l.ties().stream().sorted().map(t -> Labels.phrase(t).toLowerCase(Locale.ROOT)))
                    .distinct().collect(Collectors.joining(", "));
        }
    }
}
