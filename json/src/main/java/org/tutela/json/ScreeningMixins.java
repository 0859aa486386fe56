package org.tutela.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.tutela.core.screening.Outcome;

/**
 * Jackson annotations for the screening's sealed types, kept out of the framework-free core: an
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

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("tutela-screening");
        module.setMixInAnnotation(Outcome.class, OutcomeMixin.class);
        return module;
    }
}
