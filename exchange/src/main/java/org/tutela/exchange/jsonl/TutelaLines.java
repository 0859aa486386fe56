package org.tutela.exchange.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.json.RecordJson;

/**
 * Tutela's own line format: each line one record exactly as {@link RecordJson#toTreeWithKind} writes
 * it ({@code {"kind":"person","id":...}}). Nothing is lost or renamed, so it is the format for backups
 * and for moving a registry between installations.
 */
public final class TutelaLines {
    private final RecordJson json;

    public TutelaLines(RecordJson json) {
        this.json = json;
    }

    /** The line for a record. */
    public ObjectNode write(RegistryRecord record) {
        return json.toTreeWithKind(record);
    }

    /** The record on a line; a fault is a {@code RecordFormatException} naming the field path. */
    public RegistryRecord read(JsonNode line) {
        return json.read(line);
    }

    /** The path of the field that holds {@code id} in a line ({@code provenance.citations[0].source}), if any. */
    public static Optional<String> fieldHolding(JsonNode line, RecordId id) {
        return find(line, id.value(), "");
    }

    private static Optional<String> find(JsonNode node, String value, String path) {
        if (node.isTextual()) {
            return node.asText().equals(value) ? Optional.of(path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = find(node.get(i), value, path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (path.isEmpty() && field.getKey().equals("id")) {
                    continue;
                }
                Optional<String> found = find(field.getValue(), value, path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

}
