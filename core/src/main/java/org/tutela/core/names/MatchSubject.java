package org.tutela.core.names;

import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is compared: a person's names with the facts that support or contradict a name match.
 */
public record MatchSubject(List<String> names, Optional<BirthDate> birthDate, Optional<Person.Gender> gender,
                           Set<Country> nationalities) {
    public MatchSubject {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new NameInputException("at least one name is needed");
        }
        birthDate = birthDate == null ? Optional.empty() : birthDate;
        gender = gender == null ? Optional.empty() : gender;
        nationalities = nationalities == null ? Set.of() : Set.copyOf(nationalities);
    }

    public static MatchSubject of(String... names) {
        return new MatchSubject(List.of(names), Optional.empty(), Optional.empty(), Set.of());
    }

    public static MatchSubject of(Person p) {
        return new MatchSubject(p.names().stream().map(PersonName::full).toList(), p.birthDate().flatMap(BirthDate::from),
                p.gender(), Set.copyOf(p.everyNationality()));
    }
}
