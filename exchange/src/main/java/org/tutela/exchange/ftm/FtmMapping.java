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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Relationship;
import org.tutela.json.RecordFormatException;
import org.tutela.json.RecordJson;

/**
 * Maps registry records to FollowTheMoney entities and back.
 *
 * <p>Records go to the FtM schema that means the same thing: Person → {@code Person}; Organisation →
 * {@code Company} (companies, banks, law, PR and intelligence firms), {@code PublicBody} (a state's own
 * bodies) or {@code Organization}; Relationship → {@code Family}, {@code Associate},
 * {@code Representation} (lawyer-client, proxy-of), {@code Employment}, {@code Ownership} (control),
 * {@code Membership}; Proceeding → {@code CourtCase}; Incident → {@code Event}; Source →
 * {@code Document}. Kinds FtM has no schema for go to extension schemata named
 * {@code tutela:ProtectionStatus}, {@code tutela:CooperationRequest}, {@code tutela:Decision} and
 * {@code tutela:Claim}.
 *
 * <p>Fields FtM can express go to FtM properties. Every other field goes, in full, to an extension
 * property {@code tutela:<field>} (one value per list element; structured values as compact JSON), so
 * that export then import gives back equal records. Three extensions carry more than FtM can hold and
 * are authoritative when present: {@code tutela:names} (each name's kind, parts and language),
 * {@code tutela:type} and {@code tutela:provenance} (citations with locator and passage, valid time).
 * The FtM properties derived from them (name, alias, firstName..., the schema, proof) are checked
 * against them on import, so an edit to one without the other is an error, not silently lost.
 *
 * <p>Entities from outside (no {@code tutela:} properties) are read from their FtM properties alone;
 * properties Tutela has no use for are ignored. See {@link FtmValues#date} for partial dates.
 */
public final class FtmMapping {
    public static final String PREFIX = "tutela:";

    /** Receives notes about values an import changed or left out: the FtM property and what happened. */
    @FunctionalInterface
    public interface Warnings {
        void warn(String property, String message);
    }

    /** An FtM schema for a Relationship: which property holds each party and which the detail. */
    private record Link(Relationship.Type type, String schema, String from, String to, String detail) {
    }

    private static final Map<Relationship.Type, Link> LINKS_OUT = new EnumMap<>(Relationship.Type.class);
    private static final Map<String, Link> LINKS_IN = new LinkedHashMap<>();
    private static final Map<RecordKind, String> EXTENSIONS = new EnumMap<>(RecordKind.class);
    private static final Map<String, RecordKind> SCHEMATA = new LinkedHashMap<>();

    static {
        link(Relationship.Type.FAMILY, "Family", "person", "relative", "relationship");
        link(Relationship.Type.ASSOCIATE, "Associate", "person", "associate", "relationship");
        link(Relationship.Type.LAWYER_CLIENT, "Representation", "agent", "client", "role");
        link(Relationship.Type.PROXY_OF, "Representation", "agent", "client", "role");
        link(Relationship.Type.EMPLOYMENT, "Employment", "employee", "employer", "role");
        link(Relationship.Type.CONTROL, "Ownership", "owner", "asset", "role");
        link(Relationship.Type.MEMBERSHIP, "Membership", "member", "organization", "role");
        // From outside, without tutela:type: an FtM Representation says nothing of lawyers or of proxies
        // of a state (a word screening takes seriously), so it is read as the neutral ASSOCIATE; a
        // directorship is a form of employment by the company.
        LINKS_IN.put("Representation", new Link(Relationship.Type.ASSOCIATE, "Representation", "agent", "client", "role"));
        LINKS_IN.put("Directorship", new Link(Relationship.Type.EMPLOYMENT, "Directorship", "director", "organization", "role"));

        EXTENSIONS.put(RecordKind.PROTECTION_STATUS, PREFIX + "ProtectionStatus");
        EXTENSIONS.put(RecordKind.COOPERATION_REQUEST, PREFIX + "CooperationRequest");
        EXTENSIONS.put(RecordKind.DECISION, PREFIX + "Decision");
        EXTENSIONS.put(RecordKind.CLAIM, PREFIX + "Claim");

        SCHEMATA.put("Person", RecordKind.PERSON);
        for (String s : List.of("Organization", "Company", "PublicBody", "LegalEntity")) {
            SCHEMATA.put(s, RecordKind.ORGANISATION);
        }
        LINKS_IN.keySet().forEach(s -> SCHEMATA.put(s, RecordKind.RELATIONSHIP));
        SCHEMATA.put("CourtCase", RecordKind.PROCEEDING);
        SCHEMATA.put("Event", RecordKind.INCIDENT);
        SCHEMATA.put("Document", RecordKind.SOURCE);
        EXTENSIONS.forEach((kind, schema) -> SCHEMATA.put(schema, kind));
    }

    private static void link(Relationship.Type type, String schema, String from, String to, String detail) {
        Link link = new Link(type, schema, from, to, detail);
        LINKS_OUT.put(type, link);
        LINKS_IN.putIfAbsent(schema, link);
    }

    /** Person name kinds that FtM has a property of their own for; every other kind is an {@code alias}. */
    private static final Map<PersonName.Kind, String> NAME_PROPERTIES = Map.of(
            PersonName.Kind.PRIMARY, "name", PersonName.Kind.DIMINUTIVE, "weakAlias", PersonName.Kind.FORMER, "previousName");
    private static final List<String> DERIVED_NAME_PROPERTIES =
            List.of("name", "alias", "weakAlias", "previousName", "firstName", "lastName", "fatherName");

    private final RecordJson json;
    private final ObjectMapper mapper;
    private final Map<RecordKind, Map<String, Shape>> shapes = new EnumMap<>(RecordKind.class);

    public FtmMapping(RecordJson json) {
        this.json = json;
        this.mapper = json.objectMapper();
        for (RecordKind kind : RecordKind.values()) {
            shapes.put(kind, Shape.of(kind.type()));
        }
    }

    /** The FtM schemata an import reads, Tutela's extension schemata included. */
    public static Set<String> supportedSchemata() {
        return java.util.Collections.unmodifiableSet(SCHEMATA.keySet());
    }

    public static Optional<RecordKind> kindOf(String schema) {
        return Optional.ofNullable(SCHEMATA.get(schema));
    }

    // ------------------------------------------------------------------------------------------ export

    public FtmEntity toEntity(RegistryRecord record) {
        Out out = new Out(record);
        String schema;
        switch (record.kind()) {
            case PERSON -> {
                schema = "Person";
                personNames((Person) record, out);
                out.move("birthDate", "birthDate", FtmValues.DATE);
                out.move("gender", "gender", FtmValues.LOWER);
                Person person = (Person) record;
                if (person.nationalities().stream().anyMatch(h -> h.dated() || h.source().isPresent())) {
                    // FtM's nationality has no valid time: the states go there, and the entries whole to tutela:nationalities,
                    // which an import reads over them
                    person.everyNationality().forEach(c -> out.add("nationality", FtmValues.COUNTRY.export(c.code())));
                } else {
                    out.move("nationalities", "nationality", FtmValues.COUNTRY);
                }
                out.move("notes", "notes", FtmValues.TEXT);
            }
            case ORGANISATION -> {
                schema = organisationSchema(((Organisation) record).type());
                out.move("name", "name", FtmValues.TEXT);
                out.move("aliases", "alias", FtmValues.TEXT);
                out.move("country", "country", FtmValues.COUNTRY);
                out.move("notes", "notes", FtmValues.TEXT);
            }
            case RELATIONSHIP -> {
                Link link = LINKS_OUT.get(((Relationship) record).type());
                schema = link.schema();
                out.move("from", link.from(), FtmValues.ID);
                out.move("to", link.to(), FtmValues.ID);
                out.move("detail", link.detail(), FtmValues.TEXT);
            }
            case PROCEEDING -> {
                schema = "CourtCase";
                out.add("name", record.label()); // FtM requires a name; derived, so not read back
                out.move("caseNumber", "caseNumber", FtmValues.TEXT);
                out.move("state", "country", FtmValues.COUNTRY);
                out.move("opened", "fileDate", FtmValues.DATE);
                out.move("type", "type", FtmValues.TEXT);
                out.move("status", "status", FtmValues.TEXT);
                out.move("notes", "notes", FtmValues.TEXT);
            }
            case INCIDENT -> {
                schema = "Event";
                out.add("name", record.label());
                out.move("summary", "summary", FtmValues.TEXT);
                out.move("date", "date", FtmValues.DATE);
                out.move("endDate", "endDate", FtmValues.DATE);
                out.move("place", "location", FtmValues.TEXT);
                out.move("hostState", "country", FtmValues.COUNTRY);
                out.move("targets", "involved", FtmValues.ID);
            }
            case SOURCE -> {
                schema = "Document";
                out.move("title", "title", FtmValues.TEXT);
                out.move("publisher", "publisher", FtmValues.TEXT);
                out.move("author", "author", FtmValues.TEXT);
                out.move("published", "publishedAt", FtmValues.DATE);
                out.move("url", "sourceUrl", FtmValues.TEXT);
                out.move("language", "language", FtmValues.TEXT);
            }
            default -> schema = EXTENSIONS.get(record.kind());
        }
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
            String property = name == primary ? "name" : NAME_PROPERTIES.getOrDefault(name.kind(), "alias");
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
                    properties.put(PREFIX + field.getKey(), values);
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

    // ------------------------------------------------------------------------------------------ import

    /**
     * The record an entity stands for. Faults are {@link RecordFormatException}s naming the FtM
     * property ({@code birthDate}, {@code tutela:measures[0].kind}). The schema must be supported.
     */
    public RegistryRecord toRecord(FtmEntity entity, Warnings warnings) {
        RecordKind kind = kindOf(entity.schema()).orElseThrow(() -> new RecordFormatException("schema",
                "'" + entity.schema() + "' is not a schema Tutela imports; supported: " + supportedSchemata(), null));
        In in = new In(entity, kind, warnings);
        switch (kind) {
            case PERSON -> {
                if (!entity.has(PREFIX + "names")) {
                    in.set("names", "name", personNames(entity));
                }
                in.take("birthDate", "birthDate", FtmValues.DATE);
                in.take("gender", "gender", FtmValues.LOWER);
                in.take("nationality", "nationalities", FtmValues.COUNTRY);
                in.take("citizenship", "nationalities", FtmValues.COUNTRY);
                in.takeJoined("notes", "notes", "\n\n");
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
                in.take("country", "country", FtmValues.COUNTRY);
                in.take("jurisdiction", "country", FtmValues.COUNTRY);
                in.takeJoined("notes", "notes", "\n\n");
                in.setDefault("type", switch (entity.schema()) {
                    case "Company" -> Organisation.Type.COMPANY.name();
                    case "PublicBody" -> Organisation.Type.GOVERNMENT_BODY.name();
                    default -> Organisation.Type.OTHER.name();
                });
            }
            case RELATIONSHIP -> {
                Link link = LINKS_IN.get(entity.schema());
                in.take(link.from(), "from", FtmValues.ID);
                in.take(link.to(), "to", FtmValues.ID);
                in.takeJoined(link.detail(), "detail", "; ");
                in.setDefault("type", link.type().name());
            }
            case PROCEEDING -> {
                in.take("caseNumber", "caseNumber", FtmValues.TEXT);
                in.take("country", "state", FtmValues.COUNTRY);
                in.take("fileDate", "opened", FtmValues.DATE);
                in.take("type", "type", FtmValues.TEXT);
                in.take("status", "status", FtmValues.TEXT);
                in.takeJoined("notes", "notes", "\n\n");
            }
            case INCIDENT -> {
                in.takeJoined("summary", "summary", "\n\n");
                in.take("date", "date", FtmValues.DATE);
                in.take("endDate", "endDate", FtmValues.DATE);
                in.take("location", "place", FtmValues.TEXT);
                in.take("country", "hostState", FtmValues.COUNTRY);
                in.take("involved", "targets", FtmValues.ID);
            }
            case SOURCE -> {
                in.take("title", "title", FtmValues.TEXT);
                in.take("name", "title", FtmValues.TEXT);
                in.take("publisher", "publisher", FtmValues.TEXT);
                in.take("author", "author", FtmValues.TEXT);
                in.take("publishedAt", "published", FtmValues.DATE);
                in.take("date", "published", FtmValues.DATE);
                in.take("sourceUrl", "url", FtmValues.TEXT);
                in.take("language", "language", FtmValues.TEXT);
            }
            default -> {
                // extension schemata: everything is in tutela: properties
            }
        }
        if (!entity.has(PREFIX + "provenance")) {
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
            Map.entry("names", DERIVED_NAME_PROPERTIES),
            Map.entry("type", List.of("schema")),
            Map.entry("provenance", List.of("proof")));

    private void checkAuthoritative(FtmEntity entity, RegistryRecord record) {
        FtmEntity expected = null;
        for (Map.Entry<String, List<String>> derived : DERIVED) {
            if (!entity.has(PREFIX + derived.getKey())) {
                continue;
            }
            if (expected == null) {
                expected = toEntity(record);
            }
            List<String> properties = new ArrayList<>(derived.getValue());
            if (derived.getKey().equals("provenance") && record.kind() == RecordKind.RELATIONSHIP) {
                properties.addAll(List.of("startDate", "endDate"));
            }
            for (String property : properties) {
                if (property.equals("schema")) {
                    if (!entity.schema().equals(expected.schema())) {
                        throw new RecordFormatException("schema", "is " + entity.schema() + " but " + PREFIX + derived.getKey()
                                + " makes it a " + expected.schema(), null);
                    }
                    continue;
                }
                Set<String> given = folded(entity.values(property));
                Set<String> implied = folded(expected.values(property));
                if (!given.equals(implied)) {
                    throw new RecordFormatException(property, "lists " + entity.values(property) + " but " + PREFIX
                            + derived.getKey() + " gives " + expected.values(property)
                            + "; change both, or remove " + PREFIX + derived.getKey() + " so that the FtM properties count", null);
                }
            }
        }
    }

    private static Set<String> folded(Collection<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Builds the JSON tree of a record from an entity, remembering which property fed which field. */
    private final class In {
        private final FtmEntity entity;
        private final RecordKind kind;
        private final Warnings warnings;
        private final ObjectNode tree;
        private final Map<String, String> sources = new HashMap<>();

        In(FtmEntity entity, RecordKind kind, Warnings warnings) {
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
            if (!entity.has(PREFIX + field)) {
                tree.put(field, value);
            }
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
            Map<String, Shape> fields = shapes.get(kind);
            for (Map.Entry<String, List<String>> p : entity.properties().entrySet()) {
                if (!p.getKey().startsWith(PREFIX)) {
                    continue;
                }
                String field = p.getKey().substring(PREFIX.length());
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
            if (!shape.structured() || shape.mixed() && !text.strip().startsWith("{")) {
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
            return shapes.get(kind).get(field);
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
            if (property == null || property.startsWith(PREFIX)) {
                return PREFIX + path;
            }
            return property;
        }
    }

    private static String problem(RecordFormatException e) {
        return e.field().isEmpty() ? e.getMessage() : e.getMessage().substring(e.field().length() + 2);
    }

    /** Whether a record field holds many values, and whether each is an object rather than a string. */
    /** How a field is written: one value or many, text or JSON objects, or either ({@code mixed}: a value with its valid time). */
    private record Shape(boolean many, boolean structured, boolean mixed) {
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
                        Type argument = p.getActualTypeArguments()[0];
                        element = argument instanceof ParameterizedType inner ? (Class<?>) inner.getRawType() : (Class<?>) argument;
                    }
                }
                boolean simple = element == String.class || element == RecordId.class || element == Country.class
                        || element == LocalDate.class || element == org.tutela.core.registry.ApproximateDate.class || element.isEnum();
                // a role or state held with no dates is written bare, a dated one as an object (json.HeldJson)
                boolean mixed = element == org.tutela.core.registry.Held.class;
                out.put(c.getName(), new Shape(many, !simple, mixed));
            }
            return out;
        }
    }

}
