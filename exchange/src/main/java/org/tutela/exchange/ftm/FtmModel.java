package org.tutela.exchange.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The FollowTheMoney model as Aleph publishes it (npm {@code @alephdata/followthemoney} 3.8.4, compacted
 * in {@code ftm-model.json}; provenance and licence in the README beside it): schemata with their
 * ancestors, required properties and typed properties. It answers what a standard FtM client would
 * reject in an entity.
 */
public final class FtmModel {
    private static final String RESOURCE = "/org/tutela/exchange/ftm/ftm-model.json";
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
    private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}(-[a-z0-9]+)?|[a-z]{4}|zz|eu");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");
    private static final Set<String> GENDERS = Set.of("male", "female", "other");

    /** A property as the model defines it. */
    public record Property(String name, String type, Optional<String> range, boolean stub) {
    }

    /** A schema with everything it inherits resolved. */
    public record Schema(String name, boolean isAbstract, Set<String> ancestors, Set<String> required, Map<String, Property> properties) {
        public boolean is(String other) {
            return name.equals(other) || ancestors.contains(other);
        }
    }

    private final Map<String, Schema> schemata = new LinkedHashMap<>();

    private FtmModel(JsonNode root) {
        JsonNode all = root.get("schemata");
        all.fieldNames().forEachRemaining(name -> resolve(name, all));
    }

    /** The published model 3.8.4. */
    public static FtmModel published() {
        try (InputStream in = FtmModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new FtmModel(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private Schema resolve(String name, JsonNode all) {
        Schema known = schemata.get(name);
        if (known != null) {
            return known;
        }
        JsonNode node = all.get(name);
        Set<String> ancestors = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        Map<String, Property> properties = new LinkedHashMap<>();
        for (JsonNode parent : node.get("extends")) {
            Schema p = resolve(parent.asText(), all);
            ancestors.add(p.name());
            ancestors.addAll(p.ancestors());
            required.addAll(p.required());
            properties.putAll(p.properties());
        }
        node.get("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> own = node.get("properties").fields();
        while (own.hasNext()) {
            Map.Entry<String, JsonNode> e = own.next();
            JsonNode p = e.getValue();
            properties.put(e.getKey(), new Property(e.getKey(), p.get("type").asText(),
                    Optional.ofNullable(p.get("range")).map(JsonNode::asText), p.path("stub").asBoolean(false)));
        }
        Schema schema = new Schema(name, node.path("abstract").asBoolean(false), ancestors, required, properties);
        schemata.put(name, schema);
        return schema;
    }

    public Optional<Schema> schema(String name) {
        return Optional.ofNullable(schemata.get(name));
    }

    /** Whether an FtM client may set this property on an entity of this schema. */
    public boolean writable(String schema, String property) {
        return schema(schema).map(s -> s.properties().get(property)).filter(p -> !p.stub()).isPresent();
    }

    /**
     * What the model says is wrong with an entity, each fault naming the entity, the property and the
     * value; {@code schemaOf} gives the schema of any entity id in the same export (for ranges).
     */
    public List<String> faults(FtmEntity entity, Map<String, String> schemaOf) {
        List<String> faults = new ArrayList<>();
        String where = entity.id() + " (" + entity.schema() + ")";
        Optional<Schema> schema = schema(entity.schema());
        if (schema.isEmpty()) {
            faults.add(where + ": schema '" + entity.schema() + "' is not in the FtM model");
            return faults;
        }
        if (schema.get().isAbstract()) {
            faults.add(where + ": schema '" + entity.schema() + "' is abstract");
        }
        for (String required : schema.get().required()) {
            if (!entity.has(required)) {
                faults.add(where + ": required property '" + required + "' is missing");
            }
        }
        entity.properties().forEach((name, values) -> {
            Property p = schema.get().properties().get(name);
            if (p == null) {
                faults.add(where + ": property '" + name + "' is not a property of " + entity.schema());
                return;
            }
            if (p.stub()) {
                faults.add(where + ": property '" + name + "' is a reverse (stub) property, computed by FtM, never written");
            }
            for (String v : values) {
                valueFault(p, v, schemaOf).ifPresent(f -> faults.add(where + ": " + name + " '" + v + "' " + f));
            }
        });
        return faults;
    }

    private Optional<String> valueFault(Property p, String v, Map<String, String> schemaOf) {
        switch (p.type()) {
            case "date":
                return DATE.matcher(v).matches() ? Optional.empty() : Optional.of("is not an ISO date");
            case "country":
                return COUNTRY.matcher(v).matches() ? Optional.empty() : Optional.of("is not a lower-case FtM country code");
            case "language":
                return LANGUAGE.matcher(v).matches() ? Optional.empty() : Optional.of("is not an ISO 639-2 language code");
            case "gender":
                return GENDERS.contains(v) ? Optional.empty() : Optional.of("is not male, female or other");
            case "url":
                return v.toLowerCase(Locale.ROOT).matches("(https?|ftp)://\\S+") ? Optional.empty() : Optional.of("is not a URL");
            case "entity": {
                String target = schemaOf.get(v);
                if (target == null) {
                    return Optional.of("refers to no entity of the export");
                }
                String range = p.range().orElse("Thing");
                return schema(target).filter(s -> s.is(range)).isPresent() ? Optional.empty()
                        : Optional.of("refers to a " + target + ", not a " + range);
            }
            default:
                return Optional.empty();
        }
    }
}
