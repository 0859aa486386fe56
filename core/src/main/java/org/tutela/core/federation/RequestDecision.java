package org.tutela.core.federation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;

/**
 * A decision the publisher's state took on a cooperation request: refused, annulled, a notice deleted, with its
 * grounds. {@code caseNumbers} are the requesting state's case numbers, by which a receiver finds the case
 * on its own desks; {@code persons} the names of the persons the request sought, as written in it.
 */
public record RequestDecision(String request, Country requestingState, Country decidingState, Optional<String> body,
                              Optional<LocalDate> date, Decision.Outcome outcome, Set<Decision.Ground> grounds,
                              List<String> caseNumbers, List<String> persons, Sensitive sensitive) implements Content {

    public RequestDecision {
        request = Texts.required("request", request);
        Texts.value("requestingState", requestingState);
        Texts.value("decidingState", decidingState);
        body = Texts.optional("body", body);
        date = Texts.optionalValue(date);
        Texts.value("outcome", outcome);
        // in the enum's order, so that the same decision is always written the same way
        grounds = grounds == null || grounds.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(grounds));
        caseNumbers = Texts.list("caseNumbers", caseNumbers);
        persons = Texts.list("persons", persons);
        if (caseNumbers.isEmpty() && persons.isEmpty()) {
            throw new FederationInputException("caseNumbers", "federation.decision.about-nothing");
        }
        sensitive = sensitive == null ? Sensitive.none() : sensitive;
    }

    @Override
    public Kind kind() {
        return Kind.DECISION;
    }

    @Override
    public RequestDecision withSensitive(Sensitive s) {
        return new RequestDecision(request, requestingState, decidingState, body, date, outcome, grounds, caseNumbers, persons, s);
    }
}
