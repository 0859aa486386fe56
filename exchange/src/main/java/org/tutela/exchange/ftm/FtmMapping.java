package org.tutela.exchange.ftm;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.PersonName;
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
    record Link(Relationship.Type type, String schema, String from, String to, String detail) {
        /** The parties and the detail, as {@link #PROPERTIES} gives the fields of other kinds. */
        List<Property> properties() {
            return List.of(Property.of("from", from, FtmValues.ID), Property.of("to", to, FtmValues.ID),
                    Property.text("detail", detail, "; "));
        }
    }

    /**
     * A record field said by an FtM property, one line for both directions: written in {@code form} and read back in
     * it; a text whose several values are read joined by {@code joinedBy}. A property only {@code read} is one from
     * outside that says the field in other words (citizenship, jurisdiction), read after those before it.
     */
    record Property(String field, String property, FtmValues form, Optional<String> joinedBy, boolean written) {
        static Property of(String field, String property, FtmValues form) {
            return new Property(field, property, form, Optional.empty(), true);
        }

        static Property text(String field, String property, String joinedBy) {
            return new Property(field, property, FtmValues.TEXT, Optional.of(joinedBy), true);
        }

        static Property read(String property, String field, FtmValues form) {
            return new Property(field, property, form, Optional.empty(), false);
        }
    }

    private static final String PARAGRAPHS = "\n\n";

    /**
     * The fields of each kind said by FtM properties, in the order they are written and read; names, an
     * organisation's aliases and a relationship's parties ({@link Link#properties}) are said apart.
     */
    static final Map<RecordKind, List<Property>> PROPERTIES = new EnumMap<>(Map.of(
            RecordKind.PERSON, List.of(Property.of("birthDate", "birthDate", FtmValues.DATE), Property.of("gender", "gender", FtmValues.LOWER),
                    Property.of("nationalities", "nationality", FtmValues.COUNTRY), Property.read("citizenship", "nationalities", FtmValues.COUNTRY),
                    Property.text("notes", "notes", PARAGRAPHS)),
            RecordKind.ORGANISATION, List.of(Property.of("country", "country", FtmValues.COUNTRY),
                    Property.read("jurisdiction", "country", FtmValues.COUNTRY), Property.text("notes", "notes", PARAGRAPHS)),
            RecordKind.PROCEEDING, List.of(Property.of("caseNumber", "caseNumber", FtmValues.TEXT), Property.of("state", "country", FtmValues.COUNTRY),
                    Property.of("opened", "fileDate", FtmValues.DATE), Property.of("type", "type", FtmValues.TEXT),
                    Property.of("status", "status", FtmValues.TEXT), Property.text("notes", "notes", PARAGRAPHS)),
            RecordKind.INCIDENT, List.of(Property.text("summary", "summary", PARAGRAPHS), Property.of("date", "date", FtmValues.DATE),
                    Property.of("endDate", "endDate", FtmValues.DATE), Property.of("place", "location", FtmValues.TEXT),
                    Property.of("hostState", "country", FtmValues.COUNTRY), Property.of("targets", "involved", FtmValues.ID)),
            RecordKind.SOURCE, List.of(Property.of("title", "title", FtmValues.TEXT), Property.read("name", "title", FtmValues.TEXT),
                    Property.of("publisher", "publisher", FtmValues.TEXT), Property.of("author", "author", FtmValues.TEXT),
                    Property.of("published", "publishedAt", FtmValues.DATE), Property.read("date", "published", FtmValues.DATE),
                    Property.of("url", "sourceUrl", FtmValues.TEXT), Property.of("language", "language", FtmValues.TEXT))));

    static final Map<Relationship.Type, Link> LINKS_OUT = new EnumMap<>(Relationship.Type.class);
    static final Map<String, Link> LINKS_IN = new LinkedHashMap<>();
    static final Map<RecordKind, String> EXTENSIONS = new EnumMap<>(RecordKind.class);
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
    static final Map<PersonName.Kind, String> NAME_PROPERTIES = Map.of(
            PersonName.Kind.PRIMARY, "name", PersonName.Kind.DIMINUTIVE, "weakAlias", PersonName.Kind.FORMER, "previousName");
    static final List<String> DERIVED_NAME_PROPERTIES =
            List.of("name", "alias", "weakAlias", "previousName", "firstName", "lastName", "fatherName");

    private final FtmWriting writing;
    private final FtmReading reading;

    public FtmMapping(RecordJson json) {
        this.writing = new FtmWriting(json);
        this.reading = new FtmReading(json, writing);
    }

    /** The FtM schemata an import reads, Tutela's extension schemata included. */
    public static Set<String> supportedSchemata() {
        return java.util.Collections.unmodifiableSet(SCHEMATA.keySet());
    }

    public static Optional<RecordKind> kindOf(String schema) {
        return Optional.ofNullable(SCHEMATA.get(schema));
    }

    /** The FtM entity a record goes to (see {@link FtmWriting}). */
    public FtmEntity toEntity(RegistryRecord record) {
        return writing.toEntity(record);
    }

    /**
     * The record an entity stands for. Faults are {@link RecordFormatException}s naming the FtM
     * property ({@code birthDate}, {@code tutela:measures[0].kind}). The schema must be supported.
     */
    public RegistryRecord toRecord(FtmEntity entity, Warnings warnings) {
        return reading.toRecord(entity, warnings);
    }
}
