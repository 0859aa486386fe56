package org.tutela.app.web.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Revision;
import org.tutela.json.RecordJson;

/**
 * The page of any record: its fields, the records it points to and those pointing at it, its
 * sources, conflicting claims, and every revision (any of which can be shown as it was).
 */
@Controller
public class RecordPage {
    private final Registry registry;
    private final RecordJson json;

    public RecordPage(Registry registry, RecordJson json) {
        this.registry = registry;
        this.json = json;
    }

    /** A record one link away, for the lists of links. */
    public record Link(String kind, String title, String href, String date) {
        static Link to(RegistryRecord r) {
            return new Link(Labels.phrase(r.kind()), Labels.title(r), Labels.href(r.id(), r.kind()),
                    r.eventDate().map(org.tutela.core.registry.ApproximateDate::text).orElse(""));
        }
    }

    @GetMapping("/records/{id}")
    public String record(@PathVariable String id, @RequestParam Optional<Integer> revision, @RequestParam Optional<Integer> saved,
                         @RequestParam Optional<String> unchanged, Model model) {
        RecordId recordId = RecordId.of(id);
        List<Revision> history = registry.history(recordId);
        if (history.isEmpty()) {
            throw new RecordNotFoundException(recordId);
        }
        Revision latest = history.get(history.size() - 1);
        Revision shown = revision.flatMap(n -> history.stream().filter(r -> r.number() == n).findFirst()).orElse(latest);
        if (revision.isEmpty() && latest.state().filter(Person.class::isInstance).isPresent()) {
            return "redirect:/persons/" + recordId.value() + saved.map(n -> "?saved=" + n).orElse("");
        }
        model.addAttribute("saved", saved.orElse(null));
        model.addAttribute("unchanged", unchanged.isPresent());
        model.addAttribute("history", history);
        model.addAttribute("changes", RevisionChanges.of(history, json));
        model.addAttribute("shown", shown);
        model.addAttribute("latest", latest);
        model.addAttribute("recordId", recordId.value());
        Optional<RegistryRecord> state = shown.state();
        state.ifPresent(record -> {
            model.addAttribute("record", record);
            model.addAttribute("title", Labels.title(record));
            model.addAttribute("fields", FieldRow.of(record, json, registry));
            model.addAttribute("sources", Cited.of(record, registry));
            model.addAttribute("references", record.referencedIds().stream()
                    .filter(ref -> record.provenance().citations().stream().noneMatch(c -> c.source().equals(ref)))
                    .map(registry::get).flatMap(Optional::stream).map(Link::to)
                    .sorted(Comparator.comparing(Link::kind).thenComparing(Link::title)).toList());
            model.addAttribute("referencedBy", registry.referencing(recordId).stream().map(Link::to)
                    .sorted(Comparator.comparing(Link::kind).thenComparing(Link::date).thenComparing(Link::title)).toList());
            model.addAttribute("conflicts", Disagreement.about(record, registry));
            model.addAttribute("editable", RecordingForms.editable(record.kind()));
            model.addAttribute("screenable", record instanceof org.tutela.core.registry.CooperationRequest);
        });
        if (state.isEmpty()) {
            model.addAttribute("title", "Retracted record " + recordId.value());
        }
        return "record";
    }
}
