package org.tutela.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.Decision;
import org.tutela.core.screening.Outcome;

/**
 * Jackson annotations kept out of the framework-free core: flags that default to false are written
 * only when true; for the screening's sealed types, an
 * outcome is written with {@code "type": "fired" | "not-fired" | "not-evaluable"} so that a stored
 * report can be read back.
 */
final class ScreeningMixins {
    private ScreeningMixins() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Outcome.Fired.class, name = "fired"),
            @JsonSubTypes.Type(value = Outcome.NotFired.class, name = "not-fired"),
            @JsonSubTypes.Type(value = Outcome.NotEvaluable.class, name = "not-evaluable")})
    interface OutcomeMixin {
    }

    /** A charge writes {@code deathPenalty} only when it is true, so that records without it keep their form. */
    interface ChargeMixin {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        Boolean deathPenalty();
    }

    /** A decision writes {@code inAbsentia} only when it is true. */
    interface DecisionMixin {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        Boolean inAbsentia();
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("tutela-screening");
        module.setMixInAnnotation(Outcome.class, OutcomeMixin.class);
        module.setMixInAnnotation(Charge.class, ChargeMixin.class);
        module.setMixInAnnotation(Decision.class, DecisionMixin.class);
        return module;
    }
}
