package org.tutela.core.network;

import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.RecordId;

/**
 * The big picture around one record, as a view of the registry shows it: the records drawn, the links
 * between them, the cases they are grouped in, the focus it was asked for and the centre the drawing puts
 * in the middle (for a case, the person it is most directed against). Records, not words: the web layer
 * labels them. {@code truncated} says the picture was cut at {@link NetworkReading#MAX_NODES}.
 */
public record Network(RecordId focus, RecordId centre, List<NetworkNode> nodes, List<NetworkLink> links, List<CaseGroup> cases,
                      boolean truncated) {

    public Network {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        cases = List.copyOf(cases);
    }

    public Optional<NetworkNode> node(RecordId id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The links that touch a record. */
    public List<NetworkLink> linksOf(RecordId id) {
        return links.stream().filter(l -> l.from().equals(id) || l.to().equals(id)).toList();
    }
}
