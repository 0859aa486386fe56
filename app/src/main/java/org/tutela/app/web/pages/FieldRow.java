package org.tutela.app.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.json.RecordJson;

/**
 * One field of a record as the generic record page shows it. Values that are ids of records become
 * links; nested values (a request's named persons, its measures) become items of key-value parts.
 */
public record FieldRow(String name, List<Item> items) {

    public record Item(List<Part> parts) {
    }

    public record Part(Optional<String> key, String text, Optional<String> href) {
    }

    private static final Set<String> HIDDEN = Set.of("id", "provenance", RecordJson.KIND);
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,159}");

    /** What a reader looks for first; the other fields follow in the record's own order. */
    private static final List<String> FIRST = List.of("names", "name", "title", "caseNumber", "type", "tactic", "subject", "summary", "outcome", "date", "endDate", "requestingState", "requestedState", "perpetratorState", "hostState", "targets", "persons");

    public static List<FieldRow> of(RegistryRecord record, RecordJson json, RegistryView registry) {
        List<FieldRow> rows = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> ordered = new ArrayList<>();
        json.toTree(record).fields().forEachRemaining(ordered::add);
        ordered.sort(java.util.Comparator.comparingInt(e -> FIRST.contains(e.getKey()) ? FIRST.indexOf(e.getKey()) : FIRST.size()));
        Iterator<Map.Entry<String, JsonNode>> fields = ordered.iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (HIDDEN.contains(field.getKey()) || field.getValue().isNull()
                    || field.getValue().isArray() && field.getValue().isEmpty()) {
                continue;
            }
            List<Item> items = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(v -> items.add(item(v, registry)));
            } else {
                items.add(item(field.getValue(), registry));
            }
            rows.add(new FieldRow(words(field.getKey()), items));
        }
        return rows;
    }

    private static Item item(JsonNode node, RegistryView registry) {
        List<Part> parts = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isArray()) {
                    e.getValue().forEach(v -> parts.add(part(Optional.of(words(e.getKey())), v.isValueNode() ? v.asText() : v.toString(), registry)));
                } else if (!e.getValue().isNull()) {
                    parts.add(part(Optional.of(words(e.getKey())), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString(), registry));
                }
            });
        } else {
            parts.add(part(Optional.empty(), node.asText(), registry));
        }
        return new Item(parts);
    }

    private static Part part(Optional<String> key, String value, RegistryView registry) {
        if (ID.matcher(value).matches() && value.contains("-")) {
            Optional<RegistryRecord> target = registry.get(RecordId.of(value));
            if (target.isPresent()) {
                return new Part(key, Labels.title(target.get()), Optional.of(Labels.href(target.get().id(), target.get().kind())));
            }
        }
        if (value.length() == 2 && Country.isKnown(value) && value.equals(value.toUpperCase(java.util.Locale.ROOT))) {
            return new Part(key, Country.of(value).name(org.springframework.context.i18n.LocaleContextHolder.getLocale()) + " (" + value + ")", Optional.empty());
        }
        if (CONSTANT.matcher(value).matches()) {
            return new Part(key, Labels.phrase(value), Optional.empty());
        }
        return new Part(key, value, Optional.empty());
    }

    /** {@code requestingState} as "Requesting state". */
    static String words(String camel) {
        String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
