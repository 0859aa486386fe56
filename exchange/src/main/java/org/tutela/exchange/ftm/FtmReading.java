package org.tutela.exchange.ftm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.json.RecordFormatException;
import org.tutela.json.RecordJson;

/**
 * The import direction of {@link FtmMapping}: the record an FtM entity stands for, read from its FtM properties and
 * its {@code tutela:} extensions, the derived FtM properties checked against the authoritative extensions.
 */
final class FtmReading {
    private final RecordJson json;
    private final ObjectMapper mapper;
    private final FtmWriting writing;

    FtmReading(RecordJson json, FtmWriting writing) {
        this.json = json;
        this.mapper = json.objectMapper();
        this.writing = writing;
    }

    /**
     * The record an entity stands for. Faults are {@link RecordFormatException}s naming the FtM
     * property ({@code birthDate}, {@code tutela:measures[0].kind}). The schema must be supported.
     */
    RegistryRecord toRecord(FtmEntity entity, FtmMapping.Warnings warnings) {
        RecordKind kind = FtmMapping.kindOf(entity.schema()).orElseThrow(() -> new RecordFormatException("schema",
                "'" + entity.schema() + "' is not a schema Tutela imports; supported: " + FtmMapping.supportedSchemata(), null));
        FtmRecordTree in = new FtmRecordTree(json, entity, kind, warnings);
        List<FtmMapping.Property> properties = FtmMapping.PROPERTIES.getOrDefault(kind, List.of());
        switch (kind) {
            case PERSON -> {
                if (!entity.has(FtmMapping.PREFIX + "names")) {
                    in.set("names", "name", personNames(entity));
                }
            }
            case ORGANISATION -> {
                List<String> names = entity.values("name");
                if (names.isEmpty()) {
                    throw new RecordFormatException("name", "is required: an organisation needs a name", null);
                }
                String main = mainName(entity, names);
                in.set("name", "name", mapper.getNodeFactory().textNode(main));
                ArrayNode aliases = mapper.createArrayNode();
                names.stream().filter(n -> !n.equals(main)).forEach(aliases::add);
                entity.values("alias").forEach(aliases::add);
                in.set("aliases", "alias", aliases);
                in.setDefault("type", switch (entity.schema()) {
                    case "Company" -> Organisation.Type.COMPANY.name();
                    case "PublicBody" -> Organisation.Type.GOVERNMENT_BODY.name();
                    default -> Organisation.Type.OTHER.name();
                });
            }
            case RELATIONSHIP -> {
                FtmMapping.Link link = FtmMapping.LINKS_IN.get(entity.schema());
                properties = link.properties();
                in.setDefault("type", link.type().name());
            }
            default -> {
                // the other kinds' FtM properties are all in the table; extension schemata have only tutela: properties
            }
        }
        properties.forEach(in::read);
        if (!entity.has(FtmMapping.PREFIX + "provenance")) {
            in.provenance(kind == RecordKind.RELATIONSHIP);
        }
        in.extensions();
        RegistryRecord record = in.build();
        checkAuthoritative(entity, record);
        return record;
    }

    private static String mainName(FtmEntity entity, List<String> names) {
        return entity.caption().filter(names::contains).orElse(names.get(0));
    }

    /**
     * Names of a person from outside. The caption (or the first {@code name}) is the primary name; other
     * names and aliases are aliases, weak aliases diminutives, previous names former names. FtM keeps
     * first, last and father's names apart from the full names, so each part is given to the names it
     * appears in as a whole word.
     */
    private ArrayNode personNames(FtmEntity entity) {
        List<String> names = entity.values("name");
        String main;
        if (!names.isEmpty()) {
            main = mainName(entity, names);
        } else if (entity.has("firstName") && entity.has("lastName")) {
            main = entity.values("firstName").get(0) + " " + entity.values("lastName").get(0);
        } else {
            throw new RecordFormatException("name", "is required: a person needs at least one name", null);
        }
        Map<String, PersonName.Kind> kinds = new LinkedHashMap<>();
        Map<String, String> from = new HashMap<>();
        kinds.put(main, PersonName.Kind.PRIMARY);
        from.put(main, names.isEmpty() ? "firstName" : "name");
        for (Map.Entry<String, PersonName.Kind> property : List.of(Map.entry("name", PersonName.Kind.ALIAS),
                Map.entry("alias", PersonName.Kind.ALIAS), Map.entry("weakAlias", PersonName.Kind.DIMINUTIVE),
                Map.entry("previousName", PersonName.Kind.FORMER))) {
            for (String n : entity.values(property.getKey())) {
                if (kinds.putIfAbsent(n, property.getValue()) == null) {
                    from.put(n, property.getKey());
                }
            }
        }
        ArrayNode out = mapper.createArrayNode();
        kinds.forEach((full, kind) -> {
            if (full.codePoints().noneMatch(Character::isLetter)) {
                throw new RecordFormatException(from.get(full), "'" + full + "' has no letter in any script; it cannot be a name", null);
            }
            ObjectNode name = out.addObject();
            name.put("full", full);
            name.put("kind", kind.name());
            part(entity.values("firstName"), full).ifPresent(v -> name.put("given", v));
            part(entity.values("fatherName"), full).ifPresent(v -> name.put("patronymic", v));
            part(entity.values("lastName"), full).ifPresent(v -> name.put("surname", v));
        });
        return out;
    }

    private static Optional<String> part(List<String> parts, String full) {
        String haystack = " " + full.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}'-]+", " ") + " ";
        return parts.stream()
                .filter(p -> haystack.contains(" " + p.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}'-]+", " ").strip() + " "))
                .findFirst();
    }

    /** The FtM properties derived from each authoritative extension, checked against it on import. */
    private static final List<Map.Entry<String, List<String>>> DERIVED = List.of(
            Map.entry("names", FtmMapping.DERIVED_NAME_PROPERTIES),
            Map.entry("type", List.of("schema")),
            Map.entry("provenance", List.of("proof")));

    private void checkAuthoritative(FtmEntity entity, RegistryRecord record) {
        FtmEntity expected = null;
        for (Map.Entry<String, List<String>> derived : DERIVED) {
            if (!entity.has(FtmMapping.PREFIX + derived.getKey())) {
                continue;
            }
            if (expected == null) {
                expected = writing.toEntity(record);
            }
            List<String> properties = new ArrayList<>(derived.getValue());
            if (derived.getKey().equals("provenance") && record.kind() == RecordKind.RELATIONSHIP) {
                properties.addAll(List.of("startDate", "endDate"));
            }
            for (String property : properties) {
                if (property.equals("schema")) {
                    if (!entity.schema().equals(expected.schema())) {
                        throw new RecordFormatException("schema", "is " + entity.schema() + " but " + FtmMapping.PREFIX + derived.getKey()
                                + " makes it a " + expected.schema(), null);
                    }
                    continue;
                }
                Set<String> given = folded(entity.values(property));
                Set<String> implied = folded(expected.values(property));
                if (!given.equals(implied)) {
                    throw new RecordFormatException(property, "lists " + entity.values(property) + " but " + FtmMapping.PREFIX
                            + derived.getKey() + " gives " + expected.values(property)
                            + "; change both, or remove " + FtmMapping.PREFIX + derived.getKey() + " so that the FtM properties count", null);
                }
            }
        }
    }

    private static Set<String> folded(Collection<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }
}
