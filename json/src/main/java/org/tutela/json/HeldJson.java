package org.tutela.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.Held;

/**
 * The JSON form of a value with its valid time. A value held with no dates and no source is written bare, as it
 * was before valid time existed ({@code "KZ"}, {@code "LAWYER"}), so that stored records read unchanged and
 * need no migration; a dated one is an object: {@code {"value": "BE", "from": "2016", "until": "2019",
 * "source": {"source": "src-1"}}}. Jackson cannot read the two shapes into one generic record by itself.
 */
final class HeldJson {
    private static final List<Object> FIELDS = List.of("from", "source", "until", "value");

    private HeldJson() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class Writer extends StdSerializer<Held> {
        Writer() {
            super(Held.class);
        }

        @Override
        public void serialize(Held held, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (held.bare()) {
                provider.defaultSerializeValue(held.value(), gen);
                return;
            }
            gen.writeStartObject();
            if (held.from().isPresent()) {
                gen.writeStringField("from", ((ApproximateDate) held.from().get()).text());
            }
            if (held.source().isPresent()) {
                provider.defaultSerializeField("source", held.source().get(), gen);
            }
            if (held.until().isPresent()) {
                gen.writeStringField("until", ((ApproximateDate) held.until().get()).text());
            }
            provider.defaultSerializeField("value", held.value(), gen);
            gen.writeEndObject();
        }
    }

    /** Reads either shape; the value's own type (a state, a role) comes from the field being read. */
    static final class Reader extends JsonDeserializer<Held<?>> implements ContextualDeserializer {
        private final JavaType valueType;

        Reader() {
            this(null);
        }

        private Reader(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType type = ctxt.getContextualType() != null ? ctxt.getContextualType() : property == null ? null : property.getType();
            return new Reader(type == null ? ctxt.constructType(Object.class) : type.containedTypeOrUnknown(0));
        }

        @Override
        public Held<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.START_OBJECT)) {
                return Held.of(ctxt.readValue(p, valueType));
            }
            Object value = null;
            Optional<ApproximateDate> from = Optional.empty();
            Optional<ApproximateDate> until = Optional.empty();
            Optional<Citation> source = Optional.empty();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                switch (name) {
                    case "value" -> value = ctxt.readValue(p, valueType);
                    case "from" -> from = Optional.ofNullable(ctxt.readValue(p, ApproximateDate.class));
                    case "until" -> until = Optional.ofNullable(ctxt.readValue(p, ApproximateDate.class));
                    case "source" -> source = Optional.ofNullable(ctxt.readValue(p, Citation.class));
                    default -> throw UnrecognizedPropertyException.from(p, Held.class, name, FIELDS);
                }
            }
            return new Held<>(value, from, until, source);
        }
    }
}
