package org.tutela.core.federation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Country;

/**
 * An incident of transnational repression its documenter marked shareable: the state behind it, its family, its
 * tactic where given (the receiver records a registry incident only when it knows the tactic), a summary. Never its
 * targets' names.
 */
public record SharedIncident(Country state, String family, Optional<String> tactic, Optional<LocalDate> date, String summary,
                             List<String> caseNumbers, Sensitive sensitive) implements Content {

    public SharedIncident {
        Texts.value("state", state);
        family = Texts.slug("family", family);
        tactic = tactic == null ? Optional.empty() : tactic.map(t -> Texts.slug("tactic", t));
        date = Texts.optionalValue(date);
        summary = Texts.required("summary", summary);
        caseNumbers = Texts.list("caseNumbers", caseNumbers);
        sensitive = sensitive == null ? Sensitive.none() : sensitive;
    }

    /** An incident without a tactic given. */
    public SharedIncident(Country state, String family, Optional<LocalDate> date, String summary, List<String> caseNumbers,
                          Sensitive sensitive) {
        this(state, family, Optional.empty(), date, summary, caseNumbers, sensitive);
    }

    /** The tactic in the registry's words, when it is given, known here and of the family given. */
    public Optional<org.tutela.core.registry.Incident.Tactic> knownTactic() {
        return tactic.flatMap(t -> java.util.Arrays.stream(org.tutela.core.registry.Incident.Tactic.values())
                        .filter(k -> k.name().equals(t.toUpperCase(java.util.Locale.ROOT).replace('-', '_'))).findFirst())
                .filter(k -> k.family().name().equals(family.toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
    }

    @Override
    public Kind kind() {
        return Kind.INCIDENT;
    }

    @Override
    public SharedIncident withSensitive(Sensitive s) {
        return new SharedIncident(state, family, tactic, date, summary, caseNumbers, s);
    }
}
