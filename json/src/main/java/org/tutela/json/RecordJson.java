package org.tutela.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import org.tutela.core.registry.ApproximateDate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.Problem;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;

/**
 * The JSON form of registry records, the same in the database, the API and Tutela's own files:
 * the record's fields, plus {@code "kind"} where the kind is not known from context. Dates are ISO
 * strings, absent optional values are left out, unknown fields are errors.
 */
public final class RecordJson {
    public static final String KIND = "kind";

    private final ObjectMapper mapper;

    public RecordJson() {
        this.mapper = mapper();
    }

    /** The mapper every adapter shares, so the API and the files write records the same way. */
    public static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(valueTypes())
                .addModule(ScreeningMixins.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // records say what they hold through their components; helpers such as isTarget() are not data
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
        // a number where a date belongs is an error, not a count of days since 1970
        mapper.configOverride(java.time.LocalDate.class).setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false));
        return mapper;
    }

    /** Identifiers and states are written as bare strings: {@code "KZ"}, not {@code {"code":"KZ"}}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SimpleModule valueTypes() {
        SimpleModule module = new SimpleModule("tutela-values");
        module.addSerializer(RecordId.class, new ToStringSerializer(RecordId.class));
        module.addSerializer(Country.class, new ToStringSerializer(Country.class));
        module.addDeserializer(RecordId.class, new FromStringDeserializer<>(RecordId.class) {
            @Override
            protected RecordId _deserialize(String value, DeserializationContext ctxt) {
                return RecordId.of(value);
            }
        });
        module.addSerializer(ApproximateDate.class, new ToStringSerializer(ApproximateDate.class));
        module.addDeserializer(ApproximateDate.class, new ApproximateDateJson());
        module.addSerializer(new HeldJson.Writer());
        module.addDeserializer((Class) org.tutela.core.registry.Held.class, new HeldJson.Reader());
        module.addDeserializer(Country.class, new FromStringDeserializer<>(Country.class) {
            @Override
            protected Country _deserialize(String value, DeserializationContext ctxt) {
                return Country.of(value);
            }
        });
        return module;
    }

    public ObjectMapper objectMapper() {
        return mapper;
    }

    public String write(RegistryRecord record) {
        return toTree(record).toString();
    }

    /** The record with its kind, for a file or a response that mixes kinds. */
    public ObjectNode toTreeWithKind(RegistryRecord record) {
        ObjectNode tree = mapper.createObjectNode();
        tree.put(KIND, record.kind().slug());
        tree.setAll(toTree(record));
        return tree;
    }

    public ObjectNode toTree(RegistryRecord record) {
        return mapper.valueToTree(record);
    }

    public RegistryRecord read(RecordKind kind, String json) {
        try {
            return read(kind, mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new RecordFormatException("", Problem.of("format.malformed", e.getOriginalMessage()), e);
        }
    }

    /**
     * Reads a record the database stored (written by {@link #write}), straight into the record: one pass over
     * the text, where {@link #read(RecordKind, String)} builds a tree first for its messages on bad input.
     * Screening reads some fifty records this way each time.
     */
    public RegistryRecord readStored(RecordKind kind, String json) {
        try {
            return mapper.readValue(json, kind.type());
        } catch (JsonMappingException e) {
            throw explain(e);
        } catch (JsonProcessingException e) {
            throw new RecordFormatException("", Problem.of("format.malformed", e.getOriginalMessage()), e);
        } catch (InvalidRecordException e) {
            throw new RecordFormatException(e.field(), e.problem(), e);
        }
    }

    /** Reads a record whose kind is given by its {@code "kind"} field. */
    public RegistryRecord read(JsonNode tree) {
        JsonNode kindNode = tree.get(KIND);
        if (kindNode == null || !kindNode.isTextual()) {
            throw new RecordFormatException(KIND, Problem.of("format.kind-required", kinds()), null);
        }
        RecordKind kind = RecordKind.fromSlug(kindNode.asText())
                .orElseThrow(() -> new RecordFormatException(KIND, Problem.of("format.kind-unknown", kindNode.asText(), kinds()), null));
        ObjectNode body = ((ObjectNode) tree).deepCopy();
        body.remove(KIND);
        return read(kind, body);
    }

    public RegistryRecord read(RecordKind kind, JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new RecordFormatException("", Problem.of("format.not-object"), null);
        }
        try {
            return mapper.treeToValue(tree, kind.type());
        } catch (JsonMappingException e) {
            throw explain(e);
        } catch (JsonProcessingException e) {
            throw new RecordFormatException("", e.getOriginalMessage(), e);
        } catch (InvalidRecordException e) {
            throw new RecordFormatException(e.field(), e.problem(), e);
        }
    }

    /** Every scalar leaf of the record as {@code path → value}, lists flattened: what search by field matches. */
    public Map<String, List<String>> fields(RegistryRecord record) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        flatten("", toTree(record), out);
        return out.stream().collect(Collectors.groupingBy(Map.Entry::getKey, java.util.TreeMap::new,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static void flatten(String prefix, JsonNode node, List<Map.Entry<String, String>> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            node.forEach(child -> flatten(prefix, child, out));
        } else if (!node.isNull()) {
            out.add(Map.entry(prefix, node.asText()));
        }
    }

    private static RecordFormatException explain(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof InvalidRecordException)) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidRecordException invalid) {
            if (e instanceof InvalidFormatException || path.isEmpty()) {
                // a bad value (a state code, an id) sits exactly at the path; a record's own check names its field
                return new RecordFormatException(path.isEmpty() ? invalid.field() : path, invalid.problem(), e);
            }
            return new RecordFormatException(path + "." + lastSegment(invalid.field()), invalid.problem(), e);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            Object of = unknown.getReferringClass() == org.tutela.core.registry.Held.class ? Problem.of("format.a-dated-value")
                    : unknown.getReferringClass().getSimpleName();
            return new RecordFormatException(path, Problem.of("format.not-a-field", of, String.valueOf(unknown.getKnownPropertyIds())), e);
        }
        if (e instanceof InvalidFormatException format) {
            Problem expected = format.getTargetType() == null ? Problem.of("format.a-value") : describe(format.getTargetType());
            return new RecordFormatException(path, Problem.of("format.not-value", String.valueOf(format.getValue()), expected), e);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            // say what was expected in the intake's words, never a Java type
            Class<?> target = mismatch.getTargetType();
            String field = lastSegment(path).replaceAll("\\[\\d+]$", "");
            String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            if (java.util.Collection.class.isAssignableFrom(target)) {
                return new RecordFormatException(path, Problem.of("format.expected-list", words), e);
            }
            if (target == java.time.LocalDate.class) {
                return new RecordFormatException(path, Problem.of("format.not-day"), e);
            }
            if (target == ApproximateDate.class) {
                return new RecordFormatException(path, Problem.of("format.not-date"), e);
            }
            if (target == String.class) {
                return new RecordFormatException(path, Problem.of("format.expected-text"), e);
            }
            if (target == Double.class || target == double.class || target == Integer.class || target == int.class) {
                return new RecordFormatException(path, Problem.of("format.expected-number"), e);
            }
            if (target == Boolean.class || target == boolean.class) {
                return new RecordFormatException(path, Problem.of("format.expected-boolean"), e);
            }
            if (target.isEnum()) {
                return new RecordFormatException(path, Problem.of("format.expected", describe(target)), e);
            }
            return new RecordFormatException(path, words.isEmpty() ? Problem.of("format.expected-object") : Problem.of("format.expected-object-of", words), e);
        }
        return new RecordFormatException(path, e.getOriginalMessage(), e);
    }

    private static String lastSegment(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    /** What a value should have been, in the problems bundle's words; the codes of a list of choices are data. */
    private static Problem describe(Class<?> type) {
        if (type.isEnum()) {
            return Problem.of("format.one-of", java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList().toString());
        }
        if (type == java.time.LocalDate.class) {
            return Problem.of("format.a-day");
        }
        if (type == ApproximateDate.class) {
            return Problem.of("format.a-date");
        }
        return Problem.of("format.a-type", type.getSimpleName().toLowerCase(Locale.ROOT));
    }

    private static String kinds() {
        return java.util.Arrays.stream(RecordKind.values()).map(RecordKind::slug).toList().toString();
    }
}
