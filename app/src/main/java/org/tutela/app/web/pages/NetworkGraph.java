package org.tutela.app.web.pages;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tutela.app.web.patterns.PatternsReading;
import org.tutela.core.network.Network;
import org.tutela.core.network.NetworkReading;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;

/**
 * The big picture: the network around a person or a case (core's {@link NetworkReading}), drawn in the
 * browser from a JSON description. It is read from the caller's compartment view, as the patterns are:
 * a record the caller may not see is neither drawn nor links two that are.
 */
@Controller
public class NetworkGraph {
    private final PatternsReading reading;
    private final MessageSource words;

    public NetworkGraph(PatternsReading reading, MessageSource words) {
        this.reading = reading;
        this.words = words;
    }

    @GetMapping("/graph/{id}")
    public String page(@PathVariable String id, @RequestParam Optional<Integer> depth, Model model, Locale locale) {
        RecordSet view = reading.visible();
        RegistryRecord focus = focus(view, id);
        model.addAttribute("focus", focus);
        model.addAttribute("title", Labels.title(focus));
        model.addAttribute("depth", depth.map(NetworkGraph::clamp).orElse(0));
        model.addAttribute("network", NetworkPicture.of(network(view, focus, depth), words, locale));
        return "graph";
    }

    @GetMapping(value = "/graph/{id}.json", produces = "application/json")
    @ResponseBody
    public NetworkPicture json(@PathVariable String id, @RequestParam Optional<Integer> depth, Locale locale) {
        RecordSet view = reading.visible();
        return NetworkPicture.of(network(view, focus(view, id), depth), words, locale);
    }

    /** The first picture when no depth is asked (a case grouped around its person), else every record within the depth. */
    private static Network network(RecordSet view, RegistryRecord focus, Optional<Integer> depth) {
        NetworkReading reading = new NetworkReading(view);
        return depth.map(d -> reading.around(focus, clamp(d))).orElseGet(() -> reading.first(focus));
    }

    private static int clamp(int depth) {
        return Math.max(1, Math.min(3, depth));
    }

    private static RegistryRecord focus(RecordSet view, String id) {
        RecordId recordId = RecordId.of(id);
        return view.get(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
    }
}
