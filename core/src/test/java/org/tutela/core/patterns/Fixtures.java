package org.tutela.core.patterns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Relationship;

/**
 * Invented records for the detectors' tests, a few words each. The states are real ISO codes only
 * because the model requires them; nothing here describes a real case.
 */
final class Fixtures {
    static final RecordId SOURCE = RecordId.of("source-fixture");
    static final Country PERSECUTOR = Country.of("BY");
    static final Country PROXY = Country.of("AZ");
    static final Country HOST = Country.of("LT");
    static final Country OTHER_HOST = Country.of("LV");

    private Fixtures() {
    }

    static Provenance cited() {
        return Provenance.of(Citation.of(SOURCE, "fixture passage"));
    }

    static Person person(String id) {
        return new Person(RecordId.of(id), List.of(PersonName.of("Given " + id, "Surname", PersonName.Kind.PRIMARY)), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Set.of(), Optional.empty(), cited());
    }

    static Relationship family(String id, String from, String to) {
        return new Relationship(RecordId.of(id), Relationship.Type.FAMILY, RecordId.of(from), RecordId.of(to), Optional.empty(), cited());
    }

    static Relationship tie(String id, Relationship.Type type, String from, String to) {
        return new Relationship(RecordId.of(id), type, RecordId.of(from), RecordId.of(to), Optional.empty(), cited());
    }

    static Proceeding proceeding(String id, Country state, String number, String... accused) {
        return new Proceeding(RecordId.of(id), state, number, Proceeding.Type.CRIMINAL, Optional.empty(), List.of(),
                List.of(accused).stream().map(RecordId::of).toList(), List.of(), Optional.empty(), Proceeding.Status.OPEN,
                List.of(), Optional.empty(), cited());
    }

    static Organisation organisation(String id, Organisation.Type type, Country controller) {
        return new Organisation(RecordId.of(id), "Organisation " + id, List.of(), type, Optional.empty(), Optional.ofNullable(controller),
                Optional.empty(), cited());
    }

    /** A request; {@code proceeding}, {@code behalf} and {@code complainant} may be null. */
    static CooperationRequest request(String id, CooperationRequest.Type type, Country from, Country to, LocalDate date, String target,
                                      String proceeding, Country behalf, String complainant) {
        return new CooperationRequest(RecordId.of(id), type, from, to, Optional.ofNullable(date).map(ApproximateDate::of), List.of(), Optional.empty(),
                Optional.ofNullable(proceeding).map(RecordId::of),
                List.of(new NamedPerson("Name of " + target, Optional.of(RecordId.of(target)), NamedPerson.Role.TARGET, Optional.empty())),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.ofNullable(behalf),
                complainant == null ? List.of() : List.of(RecordId.of(complainant)), List.of(), cited());
    }

    static CooperationRequest mla(String id, Country to, LocalDate date, String target, String proceeding) {
        return request(id, CooperationRequest.Type.MLA, PERSECUTOR, to, date, target, proceeding, null, null);
    }

    static Decision decision(String id, String subject, Decision.Outcome outcome, LocalDate date, String... concerning) {
        return new Decision(RecordId.of(id), RecordId.of(subject), Optional.empty(), Optional.empty(), Optional.ofNullable(date).map(ApproximateDate::of), outcome,
                Set.of(), Optional.empty(), List.of(concerning).stream().map(RecordId::of).toList(), cited());
    }

    static Incident incident(String id, Incident.Tactic tactic, LocalDate date, List<String> targets, List<String> linked,
                             List<String> perpetrators) {
        return new Incident(RecordId.of(id), tactic, PERSECUTOR, Incident.ActingParty.STATE,
                perpetrators.stream().map(p -> new Incident.Involvement(RecordId.of(p), Incident.Involvement.Degree.DIRECT)).toList(),
                Optional.of(HOST), targets.stream().map(RecordId::of).toList(), Optional.ofNullable(date).map(ApproximateDate::of), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), linked.stream().map(RecordId::of).toList(), Optional.empty(), "fixture incident", List.of(), cited());
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
