package org.tutela.core.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request one state sends another to act against a person: mutual legal assistance, extradition,
 * an INTERPOL notice or diffusion, or a complaint by a proxy. What the screening reads.
 */
public record CooperationRequest(RecordId id, Type type, Country requestingState, Country requestedState,
                                 Optional<LocalDate> date, List<String> referenceNumbers,
                                 Optional<RecordId> requestingAuthority, Optional<RecordId> proceeding,
                                 List<NamedPerson> persons, List<Charge> offences, List<String> allegedFacts,
                                 List<Measure> measures, List<LegalBasis> legalBases, Optional<Channel> channel,
                                 Optional<Country> onBehalfOf, List<RecordId> complainants,
                                 List<Attachment> attachments, Provenance provenance) implements RegistryRecord {

    public enum Type { MLA, EXTRADITION, RED_NOTICE, DIFFUSION, PROXY_COMPLAINT, OTHER }

    public enum Channel { CENTRAL_AUTHORITY, DIPLOMATIC, DIRECT_JUDICIAL, INTERPOL, EUROJUST, INFORMAL }

    /** The legal instrument a request invokes. */
    public enum Instrument {
        BILATERAL_TREATY, EUROPEAN_CONVENTION_ON_EXTRADITION_1957, EUROPEAN_CONVENTION_ON_MUTUAL_ASSISTANCE_1959,
        UNTOC_2000, UNCAC_2003, COE_LAUNDERING_CONVENTION_1990, COE_WARSAW_CONVENTION_2005, RECIPROCITY,
        INTERPOL_RULES, DOMESTIC_LAW, OTHER
    }

    public record LegalBasis(Instrument instrument, Optional<String> detail) {
        public LegalBasis {
            Fields.required("legalBases.instrument", instrument);
            detail = Fields.optionalText("legalBases.detail", detail);
        }
    }

    /** A person named in a request, as the request writes the name, and who the reviewer resolved it to. */
    public record NamedPerson(String asWritten, Optional<RecordId> person, Role role, Optional<LocalDate> birthDate) {
        public enum Role { TARGET, CO_ACCUSED, WITNESS, RELATIVE, OTHER }

        public NamedPerson {
            asWritten = Fields.name("persons.asWritten", asWritten);
            person = Fields.optional(person);
            role = role == null ? Role.TARGET : role;
            birthDate = Fields.optional(birthDate);
        }
    }

    public record Measure(Kind kind, Scope scope, Optional<String> description) {
        public enum Kind {
            SEARCH_HOME, SEARCH_OFFICE, SEIZE_DEVICES, SEIZE_DOCUMENTS, BANK_RECORDS, TELECOM_DATA, INTERROGATION,
            WITNESS_HEARING, FOREIGN_OFFICIALS_PRESENT, REFUGEE_FILE, IMMIGRATION_FILE, COPY_OF_CASE_FILE,
            ASSET_FREEZE, ARREST, SURRENDER, LOCATE_PERSON, SERVICE_OF_DOCUMENTS, OTHER
        }

        /** SPECIFIC names the accounts, devices or questions; OPEN_ENDED asks for "all" of something. */
        public enum Scope { SPECIFIC, OPEN_ENDED, UNSPECIFIED }

        public Measure {
            Fields.required("measures.kind", kind);
            scope = scope == null ? Scope.UNSPECIFIED : scope;
            description = Fields.optionalText("measures.description", description);
        }

        public static Measure of(Kind kind, Scope scope, String description) {
            return new Measure(kind, scope, Optional.of(description));
        }
    }

    /** A document sent with the request, as text: an interrogation record, a witness statement. */
    public record Attachment(String name, Kind kind, Optional<String> author, String text) {
        public enum Kind { INTERROGATION_RECORD, WITNESS_STATEMENT, INDICTMENT, JUDGMENT, WARRANT, OTHER }

        public Attachment {
            name = Fields.text("attachments.name", name);
            kind = kind == null ? Kind.OTHER : kind;
            author = Fields.optionalText("attachments.author", author);
            text = Fields.text("attachments.text", text);
        }
    }

    public CooperationRequest {
        Fields.required("id", id);
        Fields.required("type", type);
        Fields.required("requestingState", requestingState);
        Fields.required("requestedState", requestedState);
        date = Fields.optional(date);
        if (date.isPresent() && date.get().isAfter(LocalDate.now().plusDays(1))) {
            throw new InvalidRecordException("date", date.get() + " is in the future");
        }
        referenceNumbers = Fields.texts("referenceNumbers", referenceNumbers);
        requestingAuthority = Fields.optional(requestingAuthority);
        proceeding = Fields.optional(proceeding);
        persons = Fields.list("persons", persons, Limits.MAX_PERSONS_PER_REQUEST);
        offences = Fields.list("offences", offences);
        allegedFacts = Fields.texts("allegedFacts", allegedFacts);
        measures = Fields.list("measures", measures, Limits.MAX_MEASURES_PER_REQUEST);
        legalBases = Fields.list("legalBases", legalBases);
        channel = Fields.optional(channel);
        onBehalfOf = Fields.optional(onBehalfOf);
        complainants = Fields.list("complainants", complainants);
        attachments = Fields.list("attachments", attachments);
        provenance = provenance == null ? Provenance.none() : provenance;
    }

    /** The persons the request is directed against, as resolved in the registry. */
    public List<RecordId> targets() {
        return persons.stream().filter(p -> p.role() == NamedPerson.Role.TARGET)
                .flatMap(p -> p.person().stream()).toList();
    }

    public boolean asks(Measure.Kind kind) {
        return measures.stream().anyMatch(m -> m.kind() == kind);
    }

    @Override
    public Optional<LocalDate> eventDate() {
        return date.or(provenance::validFrom);
    }

    @Override
    public String label() {
        return type + " request " + requestingState + " → " + requestedState + date.map(d -> " of " + d).orElse("");
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance, requestingAuthority, proceeding, complainants,
                persons.stream().flatMap(p -> p.person().stream()).toList());
    }

}
