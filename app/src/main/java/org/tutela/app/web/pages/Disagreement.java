package org.tutela.app.web.pages;

import java.util.List;
import org.tutela.core.registry.Claim;
import org.tutela.core.registry.Conflict;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;

/** A {@link Conflict} as a page shows it: each source's value side by side, with that source. */
public record Disagreement(String property, List<Said> claims) {

    public record Said(String value, String href, List<Cited> sources) {
    }

    static List<Disagreement> about(RegistryRecord record, RegistryView registry) {
        List<Conflict> conflicts = Conflict.among(registry.referencing(record.id(), Claim.class).stream()
                .filter(c -> c.subject().equals(record.id())).toList());
        return conflicts.stream().map(c -> new Disagreement(FieldRow.words(c.property()), c.claims().stream()
                .map(claim -> new Said(claim.value(), "/records/" + claim.id().value(), Cited.of(claim, registry))).toList()))
                .toList();
    }
}
