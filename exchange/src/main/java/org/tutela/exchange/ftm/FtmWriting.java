package org.tutela.exchange.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Relationship;
import org.tutela.json.RecordJson;

/** The export direction of {@link FtmMapping}: a registry record as the FtM entity that means the same thing. */
final class FtmWriting {
    private final RecordJson json;

    FtmWriting(RecordJson json) {
        this.json = json;
    }

    FtmEntity toEntity(RegistryRecord record) {
        Out out = new Out(record);
        List<FtmMapping.Property> properties = FtmMapping.PROPERTIES.getOrDefault(record.kind(), List.of());
        String schema;
        switch (record.kind()) {
            case PERSON -> {
                schema = "Person";
                Person person = (Person) record;
                personNames(person, out);
                if (person.nationalities().stream().anyMatch(h -> !h.bare())) {
                    // FtM's nationality has no valid time: the states go there, and the entries whole to tutela:nationalities,
                    // which an import reads over them
                    person.everyNationality().forEach(c -> out.add("nationality", FtmValues.COUNTRY.export(c.code())));
                    properties = properties.stream().filter(p -> !p.field().equals("nationalities")).toList();
                }
            }
            case ORGANISATION -> {
                schema = organisationSchema(((Organisation) record).type());
                out.move("name", "name", FtmValues.TEXT);
                out.move("aliases", "alias", FtmValues.TEXT);
            }
            case RELATIONSHIP -> {
                FtmMapping.Link link = FtmMapping.LINKS_OUT.get(((Relationship) record).type());
                schema = link.schema();
                properties = link.properties();
            }
            case PROCEEDING -> {
                schema = "CourtCase";
                out.add("name", record.label()); // FtM requires a name; derived, so not read back
            }
            case INCIDENT -> {
                schema = "Event";
                out.add("name", record.label());
            }
            case SOURCE -> schema = "Document";
            default -> schema = FtmMapping.EXTENSIONS.get(record.kind());
        }
        properties.stream().filter(FtmMapping.Property::written).forEach(p -> out.move(p.field(), p.property(), p.form()));
        record.provenance().citations().stream().map(c -> c.source().value()).distinct().forEach(id -> out.add("proof", id));
        if (record.kind() == RecordKind.RELATIONSHIP) {
            // FtM's relationship schemata are Intervals: when the tie began and ended is their start and end date
            record.provenance().validFrom().ifPresent(d -> out.add("startDate", FtmValues.ftmDate(d)));
            record.provenance().validTo().ifPresent(d -> out.add("endDate", FtmValues.ftmDate(d)));
        }
        return out.done(record.id().value(), schema);
    }

    private static String organisationSchema(Organisation.Type type) {
        return switch (type) {
            case COMPANY, BANK, LAW_FIRM, PRIVATE_INTELLIGENCE_FIRM, PR_FIRM -> "Company";
            default -> type.isStateBody() ? "PublicBody" : "Organization";
        };
    }

    private static void personNames(Person person, Out out) {
        PersonName primary = person.primaryName();
        for (PersonName name : person.names()) {
            String property = name == primary ? "name" : FtmMapping.NAME_PROPERTIES.getOrDefault(name.kind(), "alias");
            out.addDistinct(property, name.full());
            name.given().ifPresent(v -> out.addDistinct("firstName", v));
            name.surname().ifPresent(v -> out.addDistinct("lastName", v));
            name.patronymic().ifPresent(v -> out.addDistinct("fatherName", v));
        }
    }

    /** Builds an entity: moves mapped fields of the record's JSON tree to FtM properties, the rest to extensions. */
    private final class Out {
        private final RegistryRecord record;
        private final ObjectNode tree;
        private final Map<String, List<String>> properties = new LinkedHashMap<>();

        Out(RegistryRecord record) {
            this.record = record;
            this.tree = json.toTree(record);
            tree.remove("id");
        }

        void add(String property, String value) {
            properties.computeIfAbsent(property, k -> new ArrayList<>()).add(value);
        }

        void addDistinct(String property, String value) {
            List<String> values = properties.computeIfAbsent(property, k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
        }

        void move(String field, String property, FtmValues form) {
            JsonNode node = tree.remove(field);
            if (node == null) {
                return;
            }
            if (node.isArray()) {
                node.forEach(v -> add(property, form.export(v.asText())));
            } else {
                add(property, form.export(node.asText()));
            }
        }

        FtmEntity done(String id, String schema) {
            Iterator<Map.Entry<String, JsonNode>> rest = tree.fields();
            while (rest.hasNext()) {
                Map.Entry<String, JsonNode> field = rest.next();
                JsonNode node = field.getValue();
                if (field.getKey().equals("provenance") && saidInFtm(record)) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                if (node.isArray()) {
                    node.forEach(v -> values.add(v.isValueNode() ? v.asText() : v.toString()));
                } else {
                    values.add(node.isValueNode() ? node.asText() : node.toString());
                }
                if (!values.isEmpty()) {
                    properties.put(FtmMapping.PREFIX + field.getKey(), values);
                }
            }
            return new FtmEntity(id, schema, properties, Optional.empty());
        }
    }

    /**
     * True when FtM properties say all of a record's provenance: {@code proof} lists bare citations of
     * distinct sources, and the valid time is empty or (for relationships) in startDate and endDate.
     */
    private static boolean saidInFtm(RegistryRecord record) {
        Provenance provenance = record.provenance();
        return (record.kind() == RecordKind.RELATIONSHIP || provenance.validFrom().isEmpty() && provenance.validTo().isEmpty())
                && provenance.citations().stream().allMatch(c -> c.locator().isEmpty() && c.passage().isEmpty())
                && provenance.citations().stream().map(c -> c.source()).distinct().count() == provenance.citations().size();
    }
}
