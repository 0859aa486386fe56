package org.tutela.core.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A natural person: a target, a relative, a lawyer, an official. Protection statuses are separate
 * records ({@link ProtectionStatus}) so that each has its own dates and sources.
 */
public record Person(RecordId id, List<PersonName> names, Optional<ApproximateDate> birthDate, Optional<Gender> gender,
                     List<Country> nationalities, List<Country> residences, Set<Role> roles,
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
        roles = Fields.enums(Role.class, roles);
        notes = Fields.optionalText("notes", notes);
        provenance = provenance == null ? Provenance.none() : provenance;
    }

    public PersonName primaryName() {
        return names.stream().filter(n -> n.kind() == PersonName.Kind.PRIMARY).findFirst().orElse(names.get(0));
    }

    /** True when the person has at least one of the political or professional profiles of flag 8. */
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public String label() {
        return primaryName().full();
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance);
    }

    @Override
    public Optional<ApproximateDate> eventDate() {
        return Optional.empty();
    }
}
