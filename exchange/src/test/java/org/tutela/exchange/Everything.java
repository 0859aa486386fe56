package org.tutela.exchange;

import org.tutela.core.registry.ApproximateDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.Claim;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Attachment;
import org.tutela.core.registry.CooperationRequest.LegalBasis;
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
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Relationship;
import org.tutela.core.registry.Source;

/**
 * An invented registry with every kind of record, every optional field filled and every enum value of
 * the types that choose an FtM schema: what a round trip must give back unchanged.
 */
final class Everything {
    static final Country A = Country.of("KZ");
    static final Country B = Country.of("FR");
    static final Country C = Country.of("XK");

    private Everything() {
    }

    static RecordId id(String value) {
        return RecordId.of(value);
    }

    static Provenance full(String source) {
        return new Provenance(List.of(new Citation(id(source), Optional.of("p. 12, § 3"), Optional.of("a \"quoted\" passage\nover two lines")),
                Citation.of(id("source-b"))), Optional.of(ApproximateDate.on(2019, 1, 2)), Optional.of(ApproximateDate.on(2022, 3, 4)));
    }

    static List<RegistryRecord> all() {
        List<RegistryRecord> all = new ArrayList<>();
        all.add(new Source(id("source-a"), "Report on a case", Optional.of("Invented Watch"), Optional.of("A. Writer"),
                Optional.of(ApproximateDate.on(2020, 2, 29)), Optional.of("https://example.org/a?x=1&y=2"), Source.Type.NGO_REPORT,
                Source.Reliability.CONFIRMED, Optional.of("en"), Provenance.none()));
        all.add(new Source(id("source-b"), "Judgment", Optional.of("A Court"), Optional.of("Chamber"), Optional.of(ApproximateDate.on(2021, 1, 1)),
                Optional.of("http://example.org/b"), Source.Type.COURT_DOCUMENT, Source.Reliability.DOUBTFUL, Optional.of("fr"),
                new Provenance(List.of(new Citation(id("source-a"), Optional.of("annex"), Optional.empty())),
                        Optional.of(ApproximateDate.on(2021, 1, 1)), Optional.empty())));
        all.add(new Person(id("person-full"), List.of(
                new PersonName("Aigerim Nurlanovna Sadykova", PersonName.Kind.PRIMARY, Optional.of("Aigerim"), Optional.of("Nurlanovna"),
                        Optional.of("Sadykova"), Optional.of("en")),
                new PersonName("Айгерим Нурлановна Садыкова", PersonName.Kind.NATIVE_SCRIPT, Optional.of("Айгерим"), Optional.of("Нурлановна"),
                        Optional.of("Садыкова"), Optional.of("ru")),
                PersonName.of("Aigerim Sadykova", PersonName.Kind.TRANSLITERATION),
                PersonName.of("Aika", PersonName.Kind.DIMINUTIVE),
                PersonName.of("Aigerim Bekova", PersonName.Kind.FORMER),
                PersonName.of("SADYKOVA A.N.", PersonName.Kind.AS_WRITTEN_IN_REQUEST),
                PersonName.of("A. Sadyk", PersonName.Kind.ALIAS)),
                Optional.of(ApproximateDate.on(1979, 12, 31)), Optional.of(Person.Gender.OTHER), List.of(A, C), List.of(B),
                EnumSet.allOf(Person.Role.class), Optional.of("notes with ünïcödé, a tab\tand 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"), full("source-a")));
        all.add(new Person(id("person-2"), List.of(PersonName.of("Second Person", PersonName.Kind.ALIAS)), Optional.empty(),
                Optional.of(Person.Gender.MALE), List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none()));
        int n = 0;
        for (Organisation.Type type : Organisation.Type.values()) {
            all.add(new Organisation(id("org-" + type.name().toLowerCase()), "Body " + type, List.of("Alias one", "Alias two"), type,
                    Optional.of(A), n++ % 2 == 0 ? Optional.of(B) : Optional.empty(), Optional.of("about " + type), full("source-b")));
        }
        all.add(new ProtectionStatus(id("protection-full"), id("person-full"), ProtectionStatus.Type.REFUGEE, B, Optional.of(A),
                Optional.of(ApproximateDate.on(2019, 5, 6)), Optional.of(ApproximateDate.on(2021, 7, 8)), Optional.of(id("org-government_body")),
                full("source-a")));
        for (Relationship.Type type : Relationship.Type.values()) {
            all.add(new Relationship(id("rel-" + type.name().toLowerCase()), type, id("person-full"), id("org-law_firm"),
                    Optional.of("detail of " + type), full("source-b")));
        }
        all.add(new Relationship(id("rel-bare"), Relationship.Type.FAMILY, id("person-full"), id("person-2"), Optional.empty(),
                Provenance.none()));
        all.add(new Relationship(id("rel-dated"), Relationship.Type.ASSOCIATE, id("person-2"), id("org-bank"), Optional.empty(),
                new Provenance(List.of(Citation.of(id("source-a"))), Optional.of(ApproximateDate.on(2015, 1, 1)), Optional.of(ApproximateDate.on(2016, 1, 1)))));
        all.add(new Proceeding(id("proceeding-full"), A, "2017/0042-X", Proceeding.Type.CIVIL_PARTY_COMPLAINT, Optional.of(id("org-court")),
                List.of(new Charge("embezzlement of 1 000 000", Charge.Category.EMBEZZLEMENT, Optional.of(ApproximateDate.on(2010, 1, 1)),
                        Optional.of(ApproximateDate.on(2012, 1, 1))), Charge.of("fraud", Charge.Category.FRAUD)),
                List.of(id("person-full"), id("person-2")), List.of(id("org-bank")), Optional.of(ApproximateDate.on(2017, 4, 5)),
                Proceeding.Status.SUSPENDED, List.of(id("proceeding-other")), Optional.of("notes"), full("source-a")));
        all.add(new Proceeding(id("proceeding-other"), C, "1", null, Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(),
                null, List.of(), Optional.empty(), Provenance.none()));
        all.add(new CooperationRequest(id("request-full"), CooperationRequest.Type.EXTRADITION, A, B, Optional.of(ApproximateDate.on(2018, 4, 24)),
                List.of("REF-1", "REF/2"), Optional.of(id("org-prosecutor")), Optional.of(id("proceeding-full")),
                List.of(new NamedPerson("САДЫКОВА Айгерим", Optional.of(id("person-full")), NamedPerson.Role.TARGET,
                                Optional.of(ApproximateDate.on(1979, 12, 31))),
                        new NamedPerson("Unknown Witness", Optional.empty(), NamedPerson.Role.WITNESS, Optional.empty())),
                List.of(new Charge("laundering", Charge.Category.MONEY_LAUNDERING, Optional.of(ApproximateDate.on(2011, 2, 3)), Optional.empty())),
                List.of("fact one", "fact two"),
                List.of(Measure.of(Measure.Kind.REFUGEE_FILE, Measure.Scope.OPEN_ENDED, "the whole file"),
                        new Measure(Measure.Kind.ARREST, Measure.Scope.SPECIFIC, Optional.empty())),
                List.of(new LegalBasis(CooperationRequest.Instrument.EUROPEAN_CONVENTION_ON_EXTRADITION_1957, Optional.of("art. 12"))),
                Optional.of(CooperationRequest.Channel.INTERPOL), Optional.of(C), List.of(id("org-bank")),
                List.of(new Attachment("Interrogation of X", Attachment.Kind.INTERROGATION_RECORD, Optional.of("Investigator"),
                        "Q: ...\nA: {\"not\": \"json\"}")),
                full("source-b")));
        all.add(new Decision(id("decision-full"), id("request-full"), Optional.of(id("org-court")), Optional.of(B),
                Optional.of(ApproximateDate.on(2019, 9, 9)), Decision.Outcome.REFUSED, EnumSet.allOf(Decision.Ground.class),
                Optional.of("{starts like JSON but is text}"), List.of(id("person-full")), full("source-a")));
        all.add(new Incident(id("incident-full"), Incident.Tactic.RED_NOTICE_OR_DIFFUSION, A, Incident.ActingParty.HIRED_FIRM,
                List.of(new Incident.Involvement(id("org-private_intelligence_firm"), Incident.Involvement.Degree.COMMISSIONED),
                        new Incident.Involvement(id("org-prosecutor"), Incident.Involvement.Degree.DIRECT)),
                Optional.of(B), List.of(id("person-full"), id("person-2")), Optional.of(ApproximateDate.on(2013, 6, 1)),
                Optional.of(ApproximateDate.on(2015, 6, 1)), Optional.of("Lyon"), Optional.of("Red Notice"), List.of("2017/0042-X"),
                List.of(id("request-full"), id("proceeding-full")), Optional.of("notice deleted"), "A notice was published",
                List.of(new Incident.Intervention("CCF", "review", Optional.of(ApproximateDate.on(2015, 1, 1)), Optional.of("deleted")),
                        new Incident.Intervention("NGO", "letter", Optional.empty(), Optional.empty())),
                full("source-b")));
        all.add(new Claim(id("claim-full"), id("decision-full"), "date", "2019-09-09", full("source-a")));
        return List.copyOf(all);
    }
}
