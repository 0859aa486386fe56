package org.tutela.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.Decision;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.PartnerMatch;
import org.tutela.core.screening.PartnerProtection;

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

    /**
     * A partner match is written as its hit's fields with {@code bar} beside them, flat, the form reports were
     * stored in before the match held the hit whole, so that stored reports and the API's answers keep one shape.
     */
    @JsonDeserialize(using = PartnerMatchReader.class)
    interface PartnerMatchMixin {
        @JsonUnwrapped
        PartnerProtection.Hit hit();
    }

    /** Reads the flat form: {@code bar}, and every other field as the hit's (an unknown one is still an error). */
    static final class PartnerMatchReader extends StdDeserializer<PartnerMatch> {
        PartnerMatchReader() {
            super(PartnerMatch.class);
        }

        @Override
        public PartnerMatch deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = parser.readValueAsTree();
            if (!(tree instanceof ObjectNode fields)) {
                return (PartnerMatch) context.handleUnexpectedToken(PartnerMatch.class, parser);
            }
            ObjectNode hit = fields.deepCopy();
            JsonNode bar = hit.remove("bar");
            if (bar == null || !bar.isBoolean()) {
                return (PartnerMatch) context.reportInputMismatch(PartnerMatch.class, "a partner match needs \"bar\": true or false");
            }
            return new PartnerMatch(context.readTreeAsValue(hit, PartnerProtection.Hit.class), bar.booleanValue());
        }
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("tutela-screening");
        module.setMixInAnnotation(Outcome.class, OutcomeMixin.class);
        module.setMixInAnnotation(Charge.class, ChargeMixin.class);
        module.setMixInAnnotation(Decision.class, DecisionMixin.class);
        module.setMixInAnnotation(PartnerMatch.class, PartnerMatchMixin.class);
        return module;
    }
}
