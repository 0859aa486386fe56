package org.tutela.app.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import java.util.Optional;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;

/** The big picture: the network around a person or a case, drawn in the browser from a JSON description. */
@Controller
public class NetworkGraph {
    private final Registry registry;

    private final Labels labels;

    public NetworkGraph(Registry registry, Labels labels) {
        this.registry = registry;
        this.labels = labels;
    }

    @GetMapping("/graph/{id}")
    public String page(@PathVariable String id, @RequestParam Optional<Integer> depth, Model model) {
        RegistryRecord focus = focus(id);
        int d = depth(focus, depth);
        model.addAttribute("focus", focus);
        model.addAttribute("title", labels.titleOf(focus));
        model.addAttribute("depth", d);
        model.addAttribute("network", Network.around(focus, d, registry, labels::titleOf));
        return "graph";
    }

    @GetMapping(value = "/graph/{id}.json", produces = "application/json")
    @ResponseBody
    public Network json(@PathVariable String id, @RequestParam Optional<Integer> depth) {
        RegistryRecord focus = focus(id);
        return Network.around(focus, depth(focus, depth), registry, labels::titleOf);
    }

    /** One step around a person or body is already their whole world of acts and cases; two around anything else. */
    private static int depth(RegistryRecord focus, Optional<Integer> asked) {
        int d = asked.orElse(focus.kind() == RecordKind.PERSON || focus.kind() == RecordKind.ORGANISATION ? 1 : 2);
        return Math.max(1, Math.min(3, d));
    }

    private RegistryRecord focus(String id) {
        RecordId recordId = RecordId.of(id);
        return registry.get(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
    }
}
