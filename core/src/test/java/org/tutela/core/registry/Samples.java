package org.tutela.core.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small invented case for tests in every module: an exiled journalist from one state, refugee in
 * another, her brother detained at home, an MLA request for her devices. Invented on purpose, so that
 * no test depends on the seed case's names.
 */
public final class Samples {
    public static final RecordId SOURCE = RecordId.of("source-sample-report");
    public static final RecordId SOURCE_2 = RecordId.of("source-sample-news");
    public static final RecordId TARGET = RecordId.of("person-sample-target");
    public static final RecordId BROTHER = RecordId.of("person-sample-brother");
    public static final RecordId PROSECUTOR = RecordId.of("org-sample-prosecutor");
    public static final RecordId CASE = RecordId.of("proceeding-sample-case");
    public static final RecordId REQUEST = RecordId.of("request-sample-mla");
    public static final Country PERSECUTOR = Country.of("BY");
    public static final Country HOST = Country.of("LT");

    private Samples() {
    }

    public static Source report() {
        return new Source(SOURCE, "Annual report on exiled journalists", Optional.of("Example Rights Watch"),
                Optional.empty(), Optional.of(ApproximateDate.on(2021, 3, 1)), Optional.of("https://example.org/report"),
                Source.Type.NGO_REPORT, Source.Reliability.PROBABLY_TRUE, Optional.of("en"), Provenance.none());
    }

    public static Source news() {
        return new Source(SOURCE_2, "Exile's brother detained", Optional.of("Example Daily"), Optional.empty(),
                Optional.of(ApproximateDate.on(2020, 6, 2)), Optional.empty(), Source.Type.NEWS_ARTICLE,
                Source.Reliability.POSSIBLY_TRUE, Optional.empty(), Provenance.none());
    }

    public static Person target() {
        return new Person(TARGET,
                List.of(PersonName.of("Nadzeya", "Kavalenka", PersonName.Kind.PRIMARY),
                        PersonName.of("Надзея Каваленка", PersonName.Kind.NATIVE_SCRIPT)),
                Optional.of(ApproximateDate.on(1984, 5, 17)), Optional.of(Person.Gender.FEMALE),
                List.of(PERSECUTOR), List.of(HOST), Set.of(Person.Role.JOURNALIST),
                Optional.empty(), Provenance.of(Citation.of(SOURCE, "journalist in exile since 2020")));
    }

    public static Person brother() {
        // dated facts beside undated ones: both forms of valid time go through every store and file
        return new Person(BROTHER, List.of(PersonName.of("Alieh", "Kavalenka", PersonName.Kind.PRIMARY)),
                Optional.empty(), Optional.of(Person.Gender.MALE), List.of(Held.of(PERSECUTOR)),
                List.of(Held.between(HOST, ApproximateDate.year(2015), ApproximateDate.of("2018~")).citing(Citation.of(SOURCE_2, "studied in Vilnius")),
                        Held.since(PERSECUTOR, ApproximateDate.month(2019, 3))),
                List.of(Held.since(Person.Role.ACTIVIST, ApproximateDate.year(2017))), Optional.empty(), Provenance.of(SOURCE_2));
    }

    public static ProtectionStatus refugeeStatus() {
        return new ProtectionStatus(RecordId.of("protection-sample-target"), TARGET, ProtectionStatus.Type.REFUGEE,
                HOST, Optional.of(PERSECUTOR), Optional.of(ApproximateDate.on(2020, 11, 1)), Optional.empty(),
                Optional.empty(), Provenance.of(LocalDate.of(2020, 11, 1), Citation.of(SOURCE)));
    }

    public static Relationship siblings() {
        return new Relationship(RecordId.of("rel-sample-siblings"), Relationship.Type.FAMILY, TARGET, BROTHER,
                Optional.of("brother"), Provenance.of(SOURCE_2));
    }

    public static Organisation prosecutor() {
        return new Organisation(PROSECUTOR, "Prosecutor General's Office", List.of(), Organisation.Type.PROSECUTOR,
                Optional.of(PERSECUTOR), Optional.empty(), Optional.empty(), Provenance.none());
    }

    public static Proceeding criminalCase() {
        return new Proceeding(CASE, PERSECUTOR, "2020-0417", Proceeding.Type.CRIMINAL, Optional.of(PROSECUTOR),
                List.of(Charge.of("extremism: running an 'extremist' media channel", Charge.Category.EXTREMISM)),
                List.of(TARGET, BROTHER), List.of(), Optional.of(ApproximateDate.on(2020, 9, 1)), Proceeding.Status.OPEN,
                List.of(), Optional.empty(), Provenance.of(LocalDate.of(2020, 9, 1), Citation.of(SOURCE)));
    }

    public static CooperationRequest mlaRequest() {
        return new CooperationRequest(REQUEST, CooperationRequest.Type.MLA, PERSECUTOR, HOST,
                Optional.of(ApproximateDate.on(2021, 2, 10)), List.of("MLA/2021/17"), Optional.of(PROSECUTOR), Optional.of(CASE),
                List.of(new CooperationRequest.NamedPerson("КАВАЛЕНКА Надзея", Optional.of(TARGET),
                        CooperationRequest.NamedPerson.Role.TARGET, Optional.empty())),
                List.of(Charge.of("extremism", Charge.Category.EXTREMISM)), List.of("ran a channel declared extremist"),
                List.of(CooperationRequest.Measure.of(CooperationRequest.Measure.Kind.SEIZE_DEVICES,
                        CooperationRequest.Measure.Scope.OPEN_ENDED, "all electronic devices")),
                List.of(new CooperationRequest.LegalBasis(CooperationRequest.Instrument.UNTOC_2000, Optional.empty())),
                Optional.of(CooperationRequest.Channel.DIPLOMATIC), Optional.empty(), List.of(), List.of(),
                Provenance.of(LocalDate.of(2021, 2, 10), Citation.of(SOURCE)));
    }

    public static Decision brotherDetentionFinding() {
        return new Decision(RecordId.of("decision-sample-finding"), CASE, Optional.empty(), Optional.empty(),
                Optional.of(ApproximateDate.on(2021, 5, 5)), Decision.Outcome.FINDING,
                Set.of(Decision.Ground.ARBITRARY_DETENTION), Optional.empty(), List.of(BROTHER),
                Provenance.of(LocalDate.of(2021, 5, 5), Citation.of(SOURCE)));
    }

    public static Incident brotherDetained() {
        return new Incident(RecordId.of("incident-sample-hostage"), Incident.Tactic.COERCION_BY_PROXY, PERSECUTOR,
                Incident.ActingParty.STATE, List.of(new Incident.Involvement(PROSECUTOR, Incident.Involvement.Degree.DIRECT)),
                Optional.empty(), List.of(TARGET, BROTHER), Optional.of(ApproximateDate.on(2020, 6, 1)), Optional.empty(),
                Optional.of("Minsk"), Optional.of("arrest of a relative"), List.of("2020-0417"), List.of(CASE),
                Optional.empty(), "Brother arrested and questioned about the target's whereabouts", List.of(),
                Provenance.of(LocalDate.of(2020, 6, 1), Citation.of(SOURCE_2)));
    }

    public static List<Claim> conflictingDates() {
        return List.of(
                new Claim(RecordId.of("claim-sample-1"), RecordId.of("decision-sample-finding"), "date", "2021-05-05",
                        Provenance.of(Citation.of(SOURCE))),
                new Claim(RecordId.of("claim-sample-2"), RecordId.of("decision-sample-finding"), "date", "2021-05-12",
                        Provenance.of(Citation.of(SOURCE_2))));
    }

    /** Every sample, sources first, in an order that satisfies references. */
    public static List<RegistryRecord> all() {
        var all = new java.util.ArrayList<RegistryRecord>(List.of(report(), news(), target(), brother(), refugeeStatus(),
                siblings(), prosecutor(), criminalCase(), mlaRequest(), brotherDetentionFinding(), brotherDetained()));
        all.addAll(conflictingDates());
        return List.copyOf(all);
    }
}
