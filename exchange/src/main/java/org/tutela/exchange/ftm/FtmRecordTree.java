package org.tutela.exchange.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.json.RecordFormatException;
import org.tutela.json.RecordJson;

/**
 * The import direction's working state: builds the JSON tree of a record from an FtM entity, remembering which
 * property fed which field, so that a fault of the record names the FtM property it came from.
 */
final class FtmRecordTree {
    private static final Map<RecordKind, Map<String, Shape>> SHAPES = new EnumMap<>(RecordKind.class);

    static {
        for (RecordKind kind : RecordKind.values()) {
            SHAPES.put(kind, Shape.of(kind.type()));
        }
    }

    private final RecordJson json;
    private final ObjectMapper mapper;
    private final FtmEntity entity;
    private final RecordKind kind;
    private final FtmMapping.Warnings warnings;
    private final ObjectNode tree;
    private final Map<String, String> sources = new HashMap<>();

    FtmRecordTree(RecordJson json, FtmEntity entity, RecordKind kind, FtmMapping.Warnings warnings) {
        this.json = json;
        this.mapper = json.objectMapper();
        this.entity = entity;
        this.kind = kind;
        this.warnings = warnings;
        this.tree = mapper.createObjectNode();
        tree.put("id", entity.id());
        sources.put("id", "id");
    }

    void set(String field, String property, JsonNode value) {
        tree.set(field, value);
        sources.put(field, property);
    }

    /** Provenance from {@code proof} and, for an Interval schema, {@code startDate} and {@code endDate}. */
    void provenance(boolean interval) {
        ObjectNode provenance = mapper.createObjectNode();
        if (entity.has("proof")) {
            ArrayNode citations = provenance.putArray("citations");
            entity.values("proof").forEach(id -> citations.addObject().put("source", id));
        }
        if (interval) {
            date("startDate").ifPresent(d -> provenance.put("validFrom", d));
            date("endDate").ifPresent(d -> provenance.put("validTo", d));
            sources.put("provenance.validFrom", "startDate");
            sources.put("provenance.validTo", "endDate");
        }
        if (!provenance.isEmpty()) {
            set("provenance", "proof", provenance);
        }
    }

    private Optional<String> date(String property) {
        List<String> values = entity.values(property);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            warnings.warn(property, values.size() + " values; kept '" + values.get(0) + "', left out " + values.subList(1, values.size()));
        }
        return FtmValues.DATE.read(values.get(0), property, warnings);
    }

    void setDefault(String field, String value) {
        if (!entity.has(FtmMapping.PREFIX + field)) {
            tree.put(field, value);
        }
    }

    /** Reads one line of {@link FtmMapping#PROPERTIES}: a text joined, any other value in its form. */
    void read(FtmMapping.Property p) {
        p.joinedBy().ifPresentOrElse(separator -> takeJoined(p.property(), p.field(), separator), () -> take(p.property(), p.field(), p.form()));
    }

    /** Reads a property into a field; a list field collects all values, a single one keeps the first. */
    void take(String property, String field, FtmValues form) {
        sources.putIfAbsent(field, property);
        List<String> values = new ArrayList<>();
        for (String v : entity.values(property)) {
            form.read(v, property, warnings).ifPresent(values::add);
        }
        if (values.isEmpty()) {
            return;
        }
        if (shape(field).many()) {
            JsonNode existing = tree.get(field);
            ArrayNode array = existing instanceof ArrayNode a ? a : tree.putArray(field);
            Set<String> present = new LinkedHashSet<>();
            array.forEach(n -> present.add(n.asText()));
            boolean merging = existing != null;
            for (String v : values) {
                // a second property for the same field (citizenship after nationality) adds only what is new
                if (!merging || present.add(v)) {
                    array.add(v);
                }
            }
        } else if (!tree.has(field)) {
            if (values.size() > 1) {
                warnings.warn(property, values.size() + " values; kept '" + values.get(0) + "', left out "
                        + values.subList(1, values.size()));
            }
            tree.put(field, values.get(0));
            sources.put(field, property);
        }
    }

    void takeJoined(String property, String field, String separator) {
        sources.putIfAbsent(field, property);
        List<String> values = entity.values(property).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (!values.isEmpty()) {
            tree.put(field, String.join(separator, values));
        }
    }

    /** Reads the {@code tutela:} properties: each names a field of the record; they win over FtM ones. */
    void extensions() {
        Map<String, Shape> fields = SHAPES.get(kind);
        for (Map.Entry<String, List<String>> p : entity.properties().entrySet()) {
            if (!p.getKey().startsWith(FtmMapping.PREFIX)) {
                continue;
            }
            String field = p.getKey().substring(FtmMapping.PREFIX.length());
            Shape shape = fields.get(field);
            if (shape == null || field.equals("id")) {
                throw new RecordFormatException(p.getKey(), "is not a field of a " + kind.slug() + "; fields: "
                        + fields.keySet().stream().filter(f -> !f.equals("id")).toList(), null);
            }
            List<String> values = p.getValue();
            JsonNode node;
            if (shape.many()) {
                ArrayNode array = mapper.createArrayNode();
                for (int i = 0; i < values.size(); i++) {
                    array.add(value(values.get(i), shape, p.getKey() + "[" + i + "]"));
                }
                node = array;
            } else {
                if (values.size() > 1) {
                    throw new RecordFormatException(p.getKey(), "takes one value, not " + values.size(), null);
                }
                if (values.isEmpty()) {
                    continue;
                }
                node = value(values.get(0), shape, p.getKey());
            }
            set(field, p.getKey(), node);
        }
    }

    private JsonNode value(String text, Shape shape, String where) {
        if (!shape.structured()) {
            return mapper.getNodeFactory().textNode(text);
        }
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || !node.isObject()) {
                throw new RecordFormatException(where, "must be a JSON object written as a string", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RecordFormatException(where, "is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Shape shape(String field) {
        return SHAPES.get(kind).get(field);
    }

    RegistryRecord build() {
        try {
            return json.read(kind, tree);
        } catch (RecordFormatException e) {
            throw new RecordFormatException(property(e.field()), problem(e), e);
        }
    }

    /** The FtM property a record field path came from: {@code names[0].full} → {@code name}. */
    private String property(String path) {
        if (path.isEmpty()) {
            return path;
        }
        String top = path.split("[.\\[]", 2)[0];
        String property = sources.getOrDefault(path, sources.get(top));
        if (property == null || property.startsWith(FtmMapping.PREFIX)) {
            return FtmMapping.PREFIX + path;
        }
        return property;
    }

    private static String problem(RecordFormatException e) {
        return e.field().isEmpty() ? e.getMessage() : e.getMessage().substring(e.field().length() + 2);
    }

    /** Whether a record field holds many values, and whether each is an object rather than a string. */
    private record Shape(boolean many, boolean structured) {
        static Map<String, Shape> of(Class<?> type) {
            Map<String, Shape> out = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Type generic = c.getGenericType();
                Class<?> element = c.getType();
                boolean many = false;
                if (generic instanceof ParameterizedType p) {
                    Class<?> raw = (Class<?>) p.getRawType();
                    many = Collection.class.isAssignableFrom(raw);
                    if (many || raw == Optional.class) {
                        element = (Class<?>) p.getActualTypeArguments()[0];
                    }
                }
                boolean simple = element == String.class || element == RecordId.class || element == Country.class
                        || element == LocalDate.class || element == org.tutela.core.registry.ApproximateDate.class || element.isEnum();
                out.put(c.getName(), new Shape(many, !simple));
            }
            return out;
        }
    }
}
