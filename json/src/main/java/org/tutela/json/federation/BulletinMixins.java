package org.tutela.json.federation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.tutela.core.federation.ConditionBreached;
import org.tutela.core.federation.Content;
import org.tutela.core.federation.Distribution;
import org.tutela.core.federation.Marking;
import org.tutela.core.federation.ProtectionNotice;
import org.tutela.core.federation.RequestDecision;
import org.tutela.core.federation.Retraction;
import org.tutela.core.federation.ScreeningOutcome;
import org.tutela.core.federation.SharedIncident;
import org.tutela.core.registry.Country;

/** Jackson's view of the bulletin types, kept out of the framework-free core: a content says its kind, values are strings. */
final class BulletinMixins {
    private BulletinMixins() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = RequestDecision.class, name = "decision"),
            @JsonSubTypes.Type(value = ProtectionNotice.class, name = "protection-status"),
            @JsonSubTypes.Type(value = org.tutela.core.federation.ProtectedPerson.class, name = "protected-person"),
            @JsonSubTypes.Type(value = ScreeningOutcome.class, name = "screening-outcome"),
            @JsonSubTypes.Type(value = ConditionBreached.class, name = "condition-breached"),
            @JsonSubTypes.Type(value = SharedIncident.class, name = "incident"),
            @JsonSubTypes.Type(value = Retraction.class, name = "retraction")})
    interface ContentMixin {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("tutela-federation");
        module.setMixInAnnotation(Content.class, ContentMixin.class);
        text(module, Country.class, Country::code, Country::of);
        text(module, Distribution.class, Distribution::text, Distribution::parse);
        text(module, Marking.class, Marking::label, Marking::parse);
        return module;
    }

    private static <T> void text(SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(write.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.currentToken().isScalarValue()) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                return read.apply(p.getValueAsString());
            }
        });
    }
}
