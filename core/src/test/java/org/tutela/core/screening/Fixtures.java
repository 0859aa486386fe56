package org.tutela.core.screening;

import org.tutela.core.registry.ApproximateDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Attachment;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Relationship;
import org.tutela.core.registry.Source;

/**
 * Invented records for screening tests, built in a few words each. The states are real ISO codes only
 * because the model requires them; nothing here describes a real case.
 */
final class Fixtures {
    static final RecordId SOURCE = RecordId.of("source-fixture");
    static final Country REQUESTING = Country.of("BY");
    static final Country HOST = Country.of("LT");
    static final Country THIRD = Country.of("AZ");
    static final Country NEIGHBOUR = Country.of("LV");
    static final LocalDate REQUEST_DATE = LocalDate.of(2021, 3, 1);

    private Fixtures() {
    }

    static Source source() {
        return new Source(SOURCE, "Fixture report", Optional.of("Example NGO"), Optional.empty(), Optional.of(ApproximateDate.on(2019, 1, 1)),
                Optional.empty(), Source.Type.NGO_REPORT, Source.Reliability.PROBABLY_TRUE, Optional.empty(), Provenance.none());
    }

    static Provenance cited(LocalDate from) {
        return Provenance.of(from, Citation.of(SOURCE, "fixture"));
    }

    static Person person(String id, List<Country> nationalities, List<Country> residences, Person.Role... roles) {
        return new Person(RecordId.of(id), List.of(PersonName.of("Given " + id, "Surname", PersonName.Kind.PRIMARY)), Optional.empty(),
                Optional.empty(), nationalities, residences, Set.of(roles), Optional.empty(), Provenance.of(Citation.of(SOURCE)));
    }

    /** A person whose nationalities, residences and roles carry valid times. */
    static Person dated(String id, List<org.tutela.core.registry.Held<Country>> nationalities,
                        List<org.tutela.core.registry.Held<Country>> residences, List<org.tutela.core.registry.Held<Person.Role>> roles) {
        return new Person(RecordId.of(id), List.of(PersonName.of("Given " + id, "Surname", PersonName.Kind.PRIMARY)), Optional.empty(),
                Optional.empty(), nationalities, residences, roles, Optional.empty(), Provenance.of(Citation.of(SOURCE)));
    }

    static ProtectionStatus refugee(String person, Country granting, Country from, LocalDate granted) {
        return new ProtectionStatus(RecordId.of("protection-" + person), RecordId.of(person), ProtectionStatus.Type.REFUGEE, granting,
                Optional.of(from), Optional.of(ApproximateDate.of(granted)), Optional.empty(), Optional.empty(), cited(granted));
    }

    static Relationship relation(String id, Relationship.Type type, String from, String to, LocalDate since) {
        return new Relationship(RecordId.of(id), type, RecordId.of(from), RecordId.of(to), Optional.empty(),
                since == null ? Provenance.of(Citation.of(SOURCE)) : cited(since));
    }

    static Proceeding proceeding(String id, Country state, String number, List<String> accused, List<String> complainants,
                                 Proceeding.Type type, Charge... charges) {
        return new Proceeding(RecordId.of(id), state, number, type, Optional.empty(), List.of(charges),
                accused.stream().map(RecordId::of).toList(), complainants.stream().map(RecordId::of).toList(),
                Optional.of(ApproximateDate.on(2020, 1, 10)), Proceeding.Status.OPEN, List.of(), Optional.empty(), cited(LocalDate.of(2020, 1, 10)));
    }

    static Organisation company(String id, Organisation.Type type, Country country, Country controller) {
        return new Organisation(RecordId.of(id), "Company " + id, List.of(), type, Optional.of(country), Optional.ofNullable(controller),
                Optional.empty(), Provenance.of(Citation.of(SOURCE)));
    }

    static Decision decision(String id, String subject, Decision.Outcome outcome, LocalDate date, List<String> concerning,
                             Decision.Ground... grounds) {
        return new Decision(RecordId.of(id), RecordId.of(subject), Optional.empty(), Optional.empty(), Optional.of(ApproximateDate.of(date)), outcome,
                Set.of(grounds), Optional.empty(), concerning.stream().map(RecordId::of).toList(), cited(date));
    }

    static Incident incident(String id, Incident.Tactic tactic, Country perpetrator, Country host, LocalDate date,
                             List<String> targets, List<String> linked) {
        return new Incident(RecordId.of(id), tactic, perpetrator, Incident.ActingParty.STATE, List.of(), Optional.ofNullable(host),
                targets.stream().map(RecordId::of).toList(), Optional.of(ApproximateDate.of(date)), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), linked.stream().map(RecordId::of).toList(), Optional.empty(), "fixture incident " + id, List.of(), cited(date));
    }

    static RecordSet registry(RegistryRecord... records) {
        List<RegistryRecord> all = new ArrayList<>();
        all.add(source());
        all.addAll(List.of(records));
        return RecordSet.of(all);
    }

    static Request request() {
        return new Request();
    }

    /** A request, built up field by field; starts as a specific, ordinary MLA request with no target. */
    static final class Request {
        RecordId id = RecordId.of("request-fixture");
        CooperationRequest.Type type = CooperationRequest.Type.MLA;
        Country from = REQUESTING;
        Country to = HOST;
        Optional<ApproximateDate> date = Optional.of(ApproximateDate.of(REQUEST_DATE));
        List<String> references = new ArrayList<>();
        Optional<RecordId> proceeding = Optional.empty();
        List<NamedPerson> persons = new ArrayList<>();
        List<Charge> offences = new ArrayList<>(List.of(Charge.of("supplying heroin", Charge.Category.DRUG_TRAFFICKING)));
        List<String> facts = new ArrayList<>(List.of("sold 2 kg of heroin on 3 May 2020 in a named car park"));
        List<Measure> measures = new ArrayList<>();
        Optional<CooperationRequest.Channel> channel = Optional.of(CooperationRequest.Channel.CENTRAL_AUTHORITY);
        Optional<Country> onBehalfOf = Optional.empty();
        Optional<CooperationRequest.Addressee> addressee = Optional.empty();
        List<RecordId> complainants = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();

        Request id(String value) {
            id = RecordId.of(value);
            return this;
        }

        Request from(Country state) {
            from = state;
            return this;
        }

        Request type(CooperationRequest.Type value) {
            type = value;
            return this;
        }

        /** A request dated as the sources give it: a month, a year. */
        Request dated(ApproximateDate value) {
            date = Optional.of(value);
            return this;
        }

        Request date(LocalDate value) {
            date = Optional.ofNullable(value).map(ApproximateDate::of);
            return this;
        }

        Request target(String person) {
            persons.add(new NamedPerson("AS WRITTEN " + person, Optional.of(RecordId.of(person)), NamedPerson.Role.TARGET, Optional.empty()));
            return this;
        }

        Request unresolvedTarget(String asWritten) {
            persons.add(new NamedPerson(asWritten, Optional.empty(), NamedPerson.Role.TARGET, Optional.empty()));
            return this;
        }

        Request named(NamedPerson person) {
            persons.add(person);
            return this;
        }

        Request proceeding(String value) {
            proceeding = Optional.of(RecordId.of(value));
            return this;
        }

        Request reference(String value) {
            references.add(value);
            return this;
        }

        Request offences(Charge... charges) {
            offences = new ArrayList<>(List.of(charges));
            return this;
        }

        Request facts(String... values) {
            facts = new ArrayList<>(List.of(values));
            return this;
        }

        Request measure(Measure.Kind kind, Measure.Scope scope, String description) {
            measures.add(new Measure(kind, scope, Optional.ofNullable(description)));
            return this;
        }

        Request channel(CooperationRequest.Channel value) {
            channel = Optional.ofNullable(value);
            return this;
        }

        Request onBehalfOf(Country state) {
            onBehalfOf = Optional.of(state);
            return this;
        }

        Request complainant(String value) {
            complainants.add(RecordId.of(value));
            return this;
        }

        Request attach(String name, Attachment.Kind kind, String author, String text) {
            attachments.add(new Attachment(name, kind, Optional.ofNullable(author), text));
            return this;
        }

        Request addressee(CooperationRequest.Addressee value) {
            addressee = Optional.of(value);
            return this;
        }

        CooperationRequest build() {
            return new CooperationRequest(id, type, from, to, date, references, Optional.empty(), proceeding, persons, offences, facts,
                    measures, List.of(new CooperationRequest.LegalBasis(CooperationRequest.Instrument.EUROPEAN_CONVENTION_ON_MUTUAL_ASSISTANCE_1959,
                    Optional.empty())), channel, addressee, onBehalfOf, complainants, attachments,
                    date.map(d -> Provenance.of(d, Citation.of(SOURCE))).orElse(Provenance.of(Citation.of(SOURCE))));
        }
    }
}
