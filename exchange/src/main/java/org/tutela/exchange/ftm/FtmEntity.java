package org.tutela.exchange.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tutela.json.RecordFormatException;

/**
 * One FollowTheMoney entity: an id, a schema, and properties that each hold a list of strings. The
 * {@code caption} OpenSanctions adds (the entity's display name) is kept because it tells which of
 * several names is the main one; other top-level fields (datasets, referents, first_seen...) are
 * ignored.
 */
public record FtmEntity(String id, String schema, Map<String, List<String>> properties, Optional<String> caption) {

    public FtmEntity {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        properties = Collections.unmodifiableMap(copy);
        caption = caption == null ? Optional.empty() : caption;
    }

    public List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    public boolean has(String property) {
        return !values(property).isEmpty();
    }

    /** Reads an entity from one line's JSON object; faults name the field ({@code properties.name[2]}). */
    public static FtmEntity parse(JsonNode line) {
        String id = text(line, "id");
        String schema = text(line, "schema");
        JsonNode props = line.get("properties");
        Map<String, List<String>> properties = new LinkedHashMap<>();
        if (props != null && !props.isNull()) {
            if (!props.isObject()) {
                throw new RecordFormatException("properties", "must be an object of property name → list of strings", null);
            }
            Iterator<Map.Entry<String, JsonNode>> it = props.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String where = "properties." + e.getKey();
                JsonNode values = e.getValue();
                if (!values.isArray()) {
                    throw new RecordFormatException(where, "must be a list of strings, not " + describe(values), null);
                }
                List<String> list = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    JsonNode v = values.get(i);
                    if (!v.isTextual()) {
                        throw new RecordFormatException(where + "[" + i + "]", "must be a string, not " + describe(v), null);
                    }
                    if (!v.asText().isBlank()) {
                        list.add(v.asText());
                    }
                }
                properties.put(e.getKey(), list);
            }
        }
        JsonNode caption = line.get("caption");
        return new FtmEntity(id, schema, properties,
                caption != null && caption.isTextual() && !caption.asText().isBlank() ? Optional.of(caption.asText()) : Optional.empty());
    }

    private static String text(JsonNode line, String field) {
        JsonNode node = line.get(field);
        if (node == null || node.isNull()) {
            throw new RecordFormatException(field, "is required", null);
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new RecordFormatException(field, "must be a non-empty string, not " + describe(node), null);
        }
        return node.asText();
    }

    private static String describe(JsonNode node) {
        return node.isTextual() ? "'" + node.asText() + "'" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The line for this entity: id, schema, then properties with their names sorted so output is stable. */
    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", id);
        node.put("schema", schema);
        ObjectNode props = node.putObject("properties");
        new TreeMap<>(properties).forEach((k, v) -> {
            ArrayNode array = props.putArray(k);
            v.forEach(array::add);
        });
        return node;
    }

    /** The property whose values name {@code id}, directly or inside an extension's JSON, if any. */
    public Optional<String> propertyHolding(String referencedId) {
        String quoted = "\"" + referencedId + "\"";
        for (Map.Entry<String, List<String>> e : properties.entrySet()) {
            for (String v : e.getValue()) {
                if (v.equals(referencedId) || v.contains(quoted)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
