package org.tutela.app.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.Registry;

/** A person's page: names in every script, protection, ties, requests, proceedings and the timeline. */
@Controller
public class PersonPage {
    private final Registry registry;
    private final org.tutela.json.RecordJson json;
    private final Labels labels;
    private final org.springframework.context.MessageSource messages;

    public PersonPage(Registry registry, org.tutela.json.RecordJson json, Labels labels, org.springframework.context.MessageSource messages) {
        this.registry = registry;
        this.json = json;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/persons/{id}")
    public String person(@PathVariable String id, @RequestParam java.util.Optional<Integer> saved,
                         @RequestParam java.util.Optional<String> unchanged, Model model,
                         java.util.Locale locale) {
        RecordId recordId = RecordId.of(id);
        Person person = registry.get(recordId, Person.class).orElseThrow(() -> new RecordNotFoundException(recordId));
        model.addAttribute("dossier", PersonDossier.of(person, registry, labels, (key, args) -> messages.getMessage(key, args, locale)));
        var history = registry.history(recordId);
        model.addAttribute("history", history);
        model.addAttribute("changes", RevisionChanges.of(history, json));
        model.addAttribute("saved", saved.orElse(null));
        model.addAttribute("unchanged", unchanged.isPresent());
        return "person";
    }
}
