package org.tutela.core.federation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Country;

/** A condition or assurance attached to cooperation that the requesting state broke (the speciality rule, a promised fair trial). */
public record ConditionBreached(String request, Country requestingState, String condition, Optional<LocalDate> date,
                                List<String> caseNumbers, Sensitive sensitive) implements Content {

    public ConditionBreached {
        request = Texts.required("request", request);
        Texts.value("requestingState", requestingState);
        condition = Texts.required("condition", condition);
        date = Texts.optionalValue(date);
        caseNumbers = Texts.list("caseNumbers", caseNumbers);
        sensitive = sensitive == null ? Sensitive.none() : sensitive;
    }

    @Override
    public Kind kind() {
        return Kind.BREACH;
    }

    @Override
    public ConditionBreached withSensitive(Sensitive s) {
        return new ConditionBreached(request, requestingState, condition, date, caseNumbers, s);
    }
}
