package org.tutela.core.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A natural person: a target, a relative, a lawyer, an official. Protection statuses are separate
 * records ({@link ProtectionStatus}) so that each has its own dates and sources.
 */
public record Person(RecordId id, List<PersonName> names, Optional<ApproximateDate> birthDate, Optional<Gender> gender,
                     List<Held<Country>> nationalities, List<Held<Country>> residences, List<Held<Role>> roles,
                     Optional<String> notes, Provenance provenance) implements RegistryRecord {

    public enum Gender { FEMALE, MALE, OTHER }

    /** What makes a person a likely target of politically motivated prosecution (flag 8). */
    public enum Role {
        LAWYER, JOURNALIST, HUMAN_RIGHTS_DEFENDER, OPPOSITION_MEMBER, OPPOSITION_LEADER, ACTIVIST,
        WHISTLEBLOWER, BUSINESS_PERSON, FORMER_OFFICIAL, PUBLIC_OFFICIAL, RELIGIOUS_MINORITY_MEMBER, ACADEMIC, ARTIST,
        /** A public critic of the requesting state's authorities (an artist or athlete who spoke out, a former official turned opponent). */
        CRITIC, BLOGGER, ATHLETE, PROTESTER, RELIGIOUS_LEADER, MINORITY_COMMUNITY_LEADER,
        /** A relative of an activist, targeted for the relative's activity. */
        RELATIVE_OF_ACTIVIST
    }

    public Person {
        Fields.required("id", id);
        names = Fields.nonEmpty("names", names, Limits.MAX_NAMES_PER_PERSON);
        birthDate = Fields.pastDate("birthDate", birthDate);
        gender = Fields.optional(gender);
        nationalities = Fields.list("nationalities", nationalities);
        residences = Fields.list("residences", residences);
        roles = Fields.list("roles", roles);
        notes = Fields.optionalText("notes", notes);
        provenance = provenance == null ? Provenance.none() : provenance;
    }

    /** A person whose nationalities, residences and roles are recorded without dates (held, no dates). */
    public Person(RecordId id, List<PersonName> names, Optional<ApproximateDate> birthDate, Optional<Gender> gender,
                  List<Country> nationalities, List<Country> residences, Set<Role> roles, Optional<String> notes, Provenance provenance) {
        this(id, names, birthDate, gender, undated(nationalities), undated(residences),
                undated(Fields.enums(Role.class, roles).stream().toList()), notes, provenance);
    }

    private static <T> List<Held<T>> undated(java.util.Collection<T> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).map(Held::of).toList();
    }

    /**
     * Every nationality recorded, whenever held: for telling persons apart (a name matcher's evidence), never
     * for a rule about a date, which asks {@link Held#on} of each.
     */
    public List<Country> everyNationality() {
        return nationalities.stream().map(Held::value).distinct().toList();
    }

    /** Every residence recorded, whenever held (see {@link #everyNationality()}). */
    public List<Country> everyResidence() {
        return residences.stream().map(Held::value).distinct().toList();
    }

    /** Every role recorded, whenever held, in the order of {@link Role} (see {@link #everyNationality()}). */
    public Set<Role> everyRole() {
        return Fields.enums(Role.class, roles.stream().map(Held::value).toList());
    }

    public PersonName primaryName() {
        return names.stream().filter(n -> n.kind() == PersonName.Kind.PRIMARY).findFirst().orElse(names.get(0));
    }

    /** True when the person is recorded with {@code role} at some time (a rule about a date asks {@link Held#on}). */
    public boolean hadRole(Role role) {
        return roles.stream().anyMatch(h -> h.value() == role);
    }

    @Override
    public String label() {
        return primaryName().full();
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance, sourcesOf(nationalities), sourcesOf(residences), sourcesOf(roles));
    }

    private static List<RecordId> sourcesOf(List<? extends Held<?>> held) {
        return held.stream().flatMap(h -> h.source().stream()).map(Citation::source).toList();
    }

    @Override
    public Optional<ApproximateDate> eventDate() {
        return Optional.empty();
    }
}
