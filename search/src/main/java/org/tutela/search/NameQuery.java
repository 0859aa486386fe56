package org.tutela.search;

import org.tutela.core.names.BirthDate;
import org.tutela.core.names.MatchSubject;
import org.tutela.core.names.NameInputException;
import org.tutela.core.names.NameText;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is searched for: one or more names of one person (a request may give several spellings) and
 * the facts that help tell namesakes apart.
 *
 * @param names         at least one, at most {@link #MAX_NAMES}
 * @param birthDate     optional
 * @param gender        optional
 * @param nationalities optional
 * @param minScore      hits below this score are left out; {@link #DEFAULT_MIN_SCORE} shows weaker leads too
 */
public record NameQuery(List<String> names, Optional<BirthDate> birthDate, Optional<Person.Gender> gender,
                        Set<Country> nationalities, double minScore) {
    public static final int MAX_NAMES = 10;
    /** Low enough that a surname alone finds its bearer; the matcher's threshold tells strong from weak. */
    public static final double DEFAULT_MIN_SCORE = 0.5;

    public NameQuery {
        if (names == null || names.isEmpty()) {
            throw new NameInputException("a search needs a name");
        }
        if (names.size() > MAX_NAMES) {
            throw new NameInputException("a search takes at most " + MAX_NAMES + " names, not " + names.size());
        }
        names = names.stream().map(NameText::check).toList();
        birthDate = birthDate == null ? Optional.empty() : birthDate;
        gender = gender == null ? Optional.empty() : gender;
        nationalities = nationalities == null ? Set.of() : Set.copyOf(nationalities);
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new NameInputException("minScore must be between 0 and 1, not " + minScore);
        }
    }

    public static NameQuery of(String name) {
        return new NameQuery(List.of(name), Optional.empty(), Optional.empty(), Set.of(), DEFAULT_MIN_SCORE);
    }

    public NameQuery withBirthDate(BirthDate date) {
        return new NameQuery(names, Optional.of(date), gender, nationalities, minScore);
    }

    public NameQuery withGender(Person.Gender g) {
        return new NameQuery(names, birthDate, Optional.of(g), nationalities, minScore);
    }

    public NameQuery withNationalities(Set<Country> countries) {
        return new NameQuery(names, birthDate, gender, countries, minScore);
    }

    public NameQuery withMinScore(double score) {
        return new NameQuery(names, birthDate, gender, nationalities, score);
    }

    MatchSubject subject() {
        return new MatchSubject(names, birthDate, gender, nationalities);
    }
}
