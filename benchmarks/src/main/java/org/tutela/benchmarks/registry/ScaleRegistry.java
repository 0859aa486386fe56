package org.tutela.benchmarks.registry;

import org.tutela.core.registry.ApproximateDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Relationship;
import org.tutela.core.registry.Source;

/**
 * The registry the screening benchmark runs against: one case that is screened (a request of BY against
 * a target whose brother was detained, with its proceeding, relationship, incident and finding), and
 * filler in the same shapes around other persons, spread over twenty states, so that the tables hold
 * as many records as asked and the screened case's neighbourhood stays the same. Deterministic.
 */
final class ScaleRegistry {
    static final Country BY = Country.of("BY");
    static final Country LT = Country.of("LT");
    static final List<Country> STATES = List.of("BY", "RU", "KZ", "TJ", "UZ", "TM", "AZ", "TR", "CN", "IR", "EG", "SA", "AE",
            "RW", "ER", "VN", "KG", "BH", "IN", "PK").stream().map(Country::of).toList();
    static final RecordId REQUEST = RecordId.of("request-bench-case");
    private static final String[] GIVEN = {"Aigerim", "Dauren", "Saule", "Nurlan", "Gulnara", "Yerlan", "Madina", "Arman", "Nadzeya",
            "Ihar", "Volha", "Siarhei"};
    private static final String[] FAMILY = {"Abenova", "Seitkali", "Nurlanov", "Bekova", "Omarov", "Zhaksybek", "Kavalenka",
            "Navumchyk", "Ramanava", "Tsikhanouski"};

    private ScaleRegistry() {
    }

    /** The screened case: eight records, cited by nothing of the filler. */
    static List<RegistryRecord> theCase() {
        RecordId source = RecordId.of("source-bench-case");
        RecordId target = RecordId.of("person-bench-target");
        RecordId brother = RecordId.of("person-bench-brother");
        RecordId prosecutor = RecordId.of("org-bench-prosecutor");
        RecordId proceeding = RecordId.of("proceeding-bench-case");
        Provenance cited = Provenance.of(LocalDate.of(2020, 6, 1), Citation.of(source));
        return List.of(
                new Source(source, "Report on the case", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Source.Type.NEWS_ARTICLE, Source.Reliability.POSSIBLY_TRUE, Optional.empty(), Provenance.none()),
                person(target, "Nadzeya Kavalenka", cited),
                person(brother, "Ihar Kavalenka", cited),
                new Relationship(RecordId.of("rel-bench-siblings"), Relationship.Type.FAMILY, target, brother, Optional.of("brother"), cited),
                new Organisation(prosecutor, "Prosecutor General's Office", List.of(), Organisation.Type.PROSECUTOR, Optional.of(BY),
                        Optional.empty(), Optional.empty(), Provenance.none()),
                proceeding(proceeding, BY, "2020-0417", List.of(target, brother), Optional.of(prosecutor), cited),
                incident(RecordId.of("incident-bench-hostage"), BY, List.of(target, brother), List.of("2020-0417"), List.of(proceeding),
                        Provenance.of(LocalDate.of(2020, 6, 1), Citation.of(source))),
                new Decision(RecordId.of("decision-bench-finding"), proceeding, Optional.empty(), Optional.empty(),
                        Optional.of(ApproximateDate.on(2021, 5, 5)), Decision.Outcome.FINDING, Set.of(Decision.Ground.ARBITRARY_DETENTION),
                        Optional.empty(), List.of(brother), Provenance.of(LocalDate.of(2021, 5, 5), Citation.of(source))),
                request(REQUEST, BY, "MLA/2021/17", Optional.of(prosecutor), Optional.of(proceeding), target, "КАВАЛЕНКА Надзея",
                        Provenance.of(LocalDate.of(2021, 2, 10), Citation.of(source))));
    }

    /**
     * Filler records {@code from} (inclusive) to {@code to} (exclusive), in groups of ten that satisfy their own
     * references: a source, five persons, a relationship, a proceeding, an incident and a request.
     */
    static List<RegistryRecord> filler(long from, long to) {
        List<RegistryRecord> out = new ArrayList<>();
        for (long g = from / 10; g * 10 < to; g++) {
            Random random = new Random(g);
            Country state = STATES.get((int) (g % STATES.size()));
            RecordId source = RecordId.of("source-f" + g);
            Provenance cited = Provenance.of(LocalDate.of(2015 + (int) (g % 9), 1 + (int) (g % 12), 1), Citation.of(source));
            List<RecordId> persons = new ArrayList<>();
            out.add(new Source(source, "Filler report " + g, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Source.Type.NEWS_ARTICLE, Source.Reliability.POSSIBLY_TRUE, Optional.empty(), Provenance.none()));
            for (int p = 0; p < 5; p++) {
                RecordId id = RecordId.of("person-f" + g + "-" + p);
                persons.add(id);
                out.add(person(id, GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)], cited));
            }
            out.add(new Relationship(RecordId.of("rel-f" + g), Relationship.Type.FAMILY, persons.get(0), persons.get(1),
                    Optional.of("sister"), cited));
            RecordId proceeding = RecordId.of("proceeding-f" + g);
            String number = state.code() + "-" + g;
            out.add(proceeding(proceeding, state, number, persons.subList(0, 2), Optional.empty(), cited));
            out.add(incident(RecordId.of("incident-f" + g), state, persons.subList(1, 3), List.of(number), List.of(proceeding), cited));
            out.add(request(RecordId.of("request-f" + g), state, number, Optional.empty(), Optional.of(proceeding), persons.get(0),
                    "as written " + g, cited));
        }
        return out;
    }

    private static Person person(RecordId id, String name, Provenance provenance) {
        return new Person(id, List.of(PersonName.of(name, PersonName.Kind.PRIMARY)), Optional.empty(), Optional.empty(), List.of(),
                List.of(), Set.of(), Optional.empty(), provenance);
    }

    private static Proceeding proceeding(RecordId id, Country state, String number, List<RecordId> accused, Optional<RecordId> authority,
                                         Provenance provenance) {
        return new Proceeding(id, state, number, Proceeding.Type.CRIMINAL, authority,
                List.of(Charge.of("extremism", Charge.Category.EXTREMISM)), List.copyOf(accused), List.of(),
                Optional.of(ApproximateDate.on(2020, 9, 1)), Proceeding.Status.OPEN, List.of(), Optional.empty(), provenance);
    }

    private static Incident incident(RecordId id, Country state, List<RecordId> targets, List<String> numbers, List<RecordId> linked,
                                     Provenance provenance) {
        return new Incident(id, Incident.Tactic.COERCION_BY_PROXY, state, Incident.ActingParty.STATE, List.of(), Optional.empty(),
                List.copyOf(targets), Optional.of(ApproximateDate.on(2020, 6, 1)), Optional.empty(), Optional.empty(),
                Optional.of("arrest of a relative"), numbers, linked, Optional.empty(), "A relative arrested and questioned",
                List.of(), provenance);
    }

    private static CooperationRequest request(RecordId id, Country state, String number, Optional<RecordId> authority,
                                              Optional<RecordId> proceeding, RecordId target, String asWritten, Provenance provenance) {
        return new CooperationRequest(id, CooperationRequest.Type.MLA, state, LT, Optional.of(ApproximateDate.on(2021, 2, 10)),
                List.of(number), authority, proceeding,
                List.of(new CooperationRequest.NamedPerson(asWritten, Optional.of(target), CooperationRequest.NamedPerson.Role.TARGET,
                        Optional.empty())),
                List.of(Charge.of("extremism", Charge.Category.EXTREMISM)), List.of("ran a channel declared extremist"),
                List.of(CooperationRequest.Measure.of(CooperationRequest.Measure.Kind.SEIZE_DEVICES,
                        CooperationRequest.Measure.Scope.OPEN_ENDED, "all electronic devices")),
                List.of(new CooperationRequest.LegalBasis(CooperationRequest.Instrument.UNTOC_2000, Optional.empty())),
                Optional.of(CooperationRequest.Channel.DIPLOMATIC), Optional.empty(), List.of(), List.of(), provenance);
    }
}
