package org.tutela.core.federation;

import java.util.List;
import org.tutela.core.registry.Country;

/** The band a request was screened into and the red flags that fired (by id, e.g. TNR-05): references, not sentences. */
public record ScreeningOutcome(String request, Country requestingState, String band, List<String> flags, List<String> caseNumbers,
                               Sensitive sensitive) implements Content {

    public ScreeningOutcome {
        request = Texts.required("request", request);
        Texts.value("requestingState", requestingState);
        band = Texts.slug("band", band);
        flags = Texts.list("flags", flags);
        caseNumbers = Texts.list("caseNumbers", caseNumbers);
        sensitive = sensitive == null ? Sensitive.none() : sensitive;
    }

    @Override
    public Kind kind() {
        return Kind.SCREENING;
    }

    @Override
    public ScreeningOutcome withSensitive(Sensitive s) {
        return new ScreeningOutcome(request, requestingState, band, flags, caseNumbers, s);
    }
}
