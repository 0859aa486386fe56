package org.tutela.core.federation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Country;

/** An incident of transnational repression its documenter marked shareable: the state behind it, its family, a summary. */
public record SharedIncident(Country state, String family, Optional<LocalDate> date, String summary, List<String> caseNumbers,
                             Sensitive sensitive) implements Content {

    public SharedIncident {
        Texts.value("state", state);
        family = Texts.slug("family", family);
        date = Texts.optionalValue(date);
        summary = Texts.required("summary", summary);
        caseNumbers = Texts.list("caseNumbers", caseNumbers);
        sensitive = sensitive == null ? Sensitive.none() : sensitive;
    }

    @Override
    public Kind kind() {
        return Kind.INCIDENT;
    }

    @Override
    public SharedIncident withSensitive(Sensitive s) {
        return new SharedIncident(state, family, date, summary, caseNumbers, s);
    }
}
