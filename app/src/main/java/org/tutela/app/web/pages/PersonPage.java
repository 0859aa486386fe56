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

    public PersonPage(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/persons/{id}")
    public String person(@PathVariable String id, @RequestParam java.util.Optional<Integer> saved,
                         @RequestParam java.util.Optional<String> unchanged, Model model) {
        RecordId recordId = RecordId.of(id);
        Person person = registry.get(recordId, Person.class).orElseThrow(() -> new RecordNotFoundException(recordId));
        model.addAttribute("dossier", PersonDossier.of(person, registry));
        model.addAttribute("history", registry.history(recordId));
        model.addAttribute("saved", saved.orElse(null));
        model.addAttribute("unchanged", unchanged.isPresent());
        return "person";
    }
}
