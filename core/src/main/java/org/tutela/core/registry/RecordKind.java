package org.tutela.core.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of record the registry keeps, each with the class that holds it. */
public enum RecordKind {
    PERSON(Person.class, "person"),
    ORGANISATION(Organisation.class, "org"),
    PROTECTION_STATUS(ProtectionStatus.class, "protection"),
    RELATIONSHIP(Relationship.class, "rel"),
    PROCEEDING(Proceeding.class, "proceeding"),
    COOPERATION_REQUEST(CooperationRequest.class, "request"),
    DECISION(Decision.class, "decision"),
    INCIDENT(Incident.class, "incident"),
    SOURCE(Source.class, "source"),
    CLAIM(Claim.class, "claim");

    private final Class<? extends RegistryRecord> type;
    private final String prefix;

    RecordKind(Class<? extends RegistryRecord> type, String prefix) {
        this.type = type;
        this.prefix = prefix;
    }

    public Class<? extends RegistryRecord> type() {
        return type;
    }

    public String prefix() {
        return prefix;
    }

    /** The name used in URLs and files: {@code cooperation-request}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RecordKind> fromSlug(String slug) {
        return Arrays.stream(values())
                .filter(k -> k.slug().equals(slug) || k.name().equalsIgnoreCase(slug))
                .findFirst();
    }

    public static RecordKind of(RegistryRecord record) {
        return Arrays.stream(values()).filter(k -> k.type.isInstance(record)).findFirst().orElseThrow();
    }
}
