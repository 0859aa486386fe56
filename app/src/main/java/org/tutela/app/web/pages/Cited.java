package org.tutela.app.web.pages;

import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Source;

/** One source behind a fact as a page shows it: the document, where in it, the passage, and how reliable. */
public record Cited(String sourceId, String title, String href, Optional<String> reliability, Optional<String> locator,
                    Optional<String> passage, Optional<String> url) {

    public static List<Cited> of(RegistryRecord record, RegistryView registry) {
        return record.provenance().citations().stream().map(c -> of(c, registry)).toList();
    }

    static Cited of(Citation citation, RegistryView registry) {
        Optional<Source> source = registry.get(citation.source(), Source.class);
        return new Cited(citation.source().value(),
                source.map(Source::label).orElse(citation.source().value() + " (not in the registry)"),
                "/records/" + citation.source().value(),
                source.map(s -> Labels.phrase(s.reliability())),
                citation.locator(), citation.passage(), source.flatMap(Source::url));
    }
}
