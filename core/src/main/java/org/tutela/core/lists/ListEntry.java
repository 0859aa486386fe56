package org.tutela.core.lists;

import org.tutela.core.names.BirthDate;
import org.tutela.core.names.NameInputException;
import org.tutela.core.names.NameText;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;

import java.util.List;
import java.util.Optional;

/**
 * One person on a {@link WatchList}, as the list gives them.
 *
 * @param id            the list's own identifier of the entry (or a line number when it has none)
 * @param names         every spelling the list gives, the first being its main one
 * @param birthDate     often only a year
 * @param gender        when the list says
 * @param nationalities when the list says
 * @param reference     the list's reference for the entry (case number, listing number)
 * @param sourceUrl     where the entry can be seen
 */
public record ListEntry(String id, List<String> names, Optional<BirthDate> birthDate, Optional<Person.Gender> gender,
                        List<Country> nationalities, Optional<String> reference, Optional<String> sourceUrl) {
    public ListEntry {
        id = text("id", id);
        if (names == null || names.isEmpty()) {
            throw new ListFormatException("names: at least one name is needed");
        }
        names = names.stream().map(n -> {
            try {
                return NameText.check(n);
            } catch (NameInputException e) {
                throw new ListFormatException("names: " + e.getMessage());
            }
        }).distinct().toList();
        birthDate = birthDate == null ? Optional.empty() : birthDate;
        gender = gender == null ? Optional.empty() : gender;
        nationalities = List.copyOf(nationalities == null ? List.of() : nationalities);
        reference = reference == null ? Optional.empty() : reference.filter(s -> !s.isBlank()).map(String::strip);
        sourceUrl = sourceUrl == null ? Optional.empty() : sourceUrl.filter(s -> !s.isBlank()).map(String::strip);
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ListFormatException(field + ": is required");
        }
        return value.strip();
    }
}
