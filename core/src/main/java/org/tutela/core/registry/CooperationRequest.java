package org.tutela.core.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request one state sends another to act against a person: mutual legal assistance, extradition,
 * an INTERPOL notice or diffusion, or a complaint by a proxy. What the screening reads.
 */
public record CooperationRequest(RecordId id, Type type, Country requestingState, Country requestedState,
                                 Optional<ApproximateDate> date, List<String> referenceNumbers,
                                 Optional<RecordId> requestingAuthority, Optional<RecordId> proceeding,
                                 List<NamedPerson> persons, List<Charge> offences, List<String> allegedFacts,
                                 List<Measure> measures, List<LegalBasis> legalBases, Optional<Channel> channel,
                                 Optional<Addressee> addressee,
                                 Optional<Country> onBehalfOf, List<RecordId> complainants,
                                 List<Attachment> attachments, Provenance provenance) implements RegistryRecord {

    public enum Type { MLA, EXTRADITION, RED_NOTICE, DIFFUSION, PROXY_COMPLAINT, OTHER }

    /** The way a request travels. REGIONAL_BODY: through a regional body's system (e.g. the Arab Interior Ministers' Council). */
    public enum Channel { CENTRAL_AUTHORITY, DIPLOMATIC, DIRECT_JUDICIAL, INTERPOL, EUROJUST, REGIONAL_BODY, INFORMAL }

    /**
     * Whom a request is addressed to, when it is not one state alone: every member of INTERPOL (a Red Notice,
     * a diffusion sent to all), or the members of a regional body it travels through (named, with its members
     * where known). {@code requestedState} is then the state where the request is being handled (the one
     * screening it, where the person is). Absent: the request is addressed to {@code requestedState} alone.
     */
    public record Addressee(Reach reach, Optional<String> body, List<Country> states) {
        public enum Reach { ALL_INTERPOL_MEMBERS, REGIONAL_BODY, SEVERAL_STATES }

        public Addressee {
            Fields.required("addressee.reach", reach);
            body = Fields.optionalText("addressee.body", body);
            states = Fields.list("addressee.states", states);
            if (reach == Reach.REGIONAL_BODY && body.isEmpty()) {
                throw InvalidRecordException.of("addressee.body", "problem.addressee.body");
            }
            if (reach == Reach.SEVERAL_STATES && states.isEmpty()) {
                throw InvalidRecordException.of("addressee.states", "problem.addressee.states");
            }
            if (reach == Reach.ALL_INTERPOL_MEMBERS && !states.isEmpty()) {
                throw InvalidRecordException.of("addressee.states", "problem.addressee.all-interpol");
            }
        }

        public static Addressee allInterpolMembers() {
            return new Addressee(Reach.ALL_INTERPOL_MEMBERS, Optional.empty(), List.of());
        }
    }

    /** The record as it was before addressees were modelled: addressed to {@code requestedState} alone. */
    public CooperationRequest(RecordId id, Type type, Country requestingState, Country requestedState,
                              Optional<ApproximateDate> date, List<String> referenceNumbers,
                              Optional<RecordId> requestingAuthority, Optional<RecordId> proceeding,
                              List<NamedPerson> persons, List<Charge> offences, List<String> allegedFacts,
                              List<Measure> measures, List<LegalBasis> legalBases, Optional<Channel> channel,
                              Optional<Country> onBehalfOf, List<RecordId> complainants,
                              List<Attachment> attachments, Provenance provenance) {
        this(id, type, requestingState, requestedState, date, referenceNumbers, requestingAuthority, proceeding, persons, offences,
                allegedFacts, measures, legalBases, channel, Optional.empty(), onBehalfOf, complainants, attachments, provenance);
    }

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
    public record NamedPerson(String asWritten, Optional<RecordId> person, Role role, Optional<ApproximateDate> birthDate) {
        public enum Role { TARGET, CO_ACCUSED, WITNESS, RELATIVE, OTHER }

        public NamedPerson {
            asWritten = Fields.name("persons.asWritten", asWritten);
            person = Fields.optional(person);
            role = role == null ? Role.TARGET : role;
            birthDate = Fields.pastDate("persons.birthDate", birthDate);
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
        date = Fields.pastDate("date", date);
        referenceNumbers = Fields.texts("referenceNumbers", referenceNumbers);
        requestingAuthority = Fields.optional(requestingAuthority);
        proceeding = Fields.optional(proceeding);
        persons = Fields.list("persons", persons, Limits.MAX_PERSONS_PER_REQUEST);
        offences = Fields.list("offences", offences);
        allegedFacts = Fields.texts("allegedFacts", allegedFacts);
        measures = Fields.list("measures", measures, Limits.MAX_MEASURES_PER_REQUEST);
        legalBases = Fields.list("legalBases", legalBases);
        channel = Fields.optional(channel);
        addressee = Fields.optional(addressee);
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

    /**
     * True when the request is addressed to {@code state}: the requested state, any state when it is
     * addressed to all INTERPOL members, a listed member of the body or the states it is addressed to.
     */
    public boolean addressedTo(Country state) {
        if (requestedState.equals(state)) {
            return true;
        }
        return addressee.map(a -> a.reach() == Addressee.Reach.ALL_INTERPOL_MEMBERS || a.states().contains(state)).orElse(false);
    }

    /** True when the request is addressed to every INTERPOL member rather than to one state. */
    public boolean toAllInterpolMembers() {
        return addressee.filter(a -> a.reach() == Addressee.Reach.ALL_INTERPOL_MEMBERS).isPresent();
    }

    public boolean asks(Measure.Kind kind) {
        return measures.stream().anyMatch(m -> m.kind() == kind);
    }

    @Override
    public Optional<ApproximateDate> eventDate() {
        return date.or(provenance::validFrom);
    }

    @Override
    public String label() {
        return type + " request " + requestingState + " → " + addresseeLabel() + date.map(d -> " of " + DateWording.english(d)).orElse("");
    }

    /** "BE", "all INTERPOL members (held by BE)", "BE, via Arab Interior Ministers' Council": where the request goes. */
    public String addresseeLabel() {
        return addressee.map(a -> switch (a.reach()) {
            case ALL_INTERPOL_MEMBERS -> "all INTERPOL members (held by " + requestedState + ")";
            case REGIONAL_BODY -> requestedState + ", via " + a.body().orElseThrow();
            case SEVERAL_STATES -> requestedState + " and " + a.states().stream().filter(c -> !c.equals(requestedState))
                    .map(Country::toString).collect(java.util.stream.Collectors.joining(", "));
        }).orElse(requestedState.toString());
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance, requestingAuthority, proceeding, complainants,
                persons.stream().flatMap(p -> p.person().stream()).toList());
    }

}
