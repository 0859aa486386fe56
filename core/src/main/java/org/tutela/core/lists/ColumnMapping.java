package org.tutela.core.lists;

import java.util.List;
import java.util.Optional;

/**
 * Which CSV column holds what. Column names are matched to the header exactly (after trimming).
 * A name comes from {@code name} or, when the list splits names, from {@code given}, {@code patronymic}
 * and {@code surname} joined; {@code aliases} holds more names separated by {@code separator}.
 *
 * @param id           the entry id column; empty: the line number is the id
 * @param name         full-name column
 * @param given        given-name column
 * @param patronymic   patronymic column
 * @param surname      surname column
 * @param aliases      column of further names
 * @param birthDate    YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY
 * @param gender       male / female / other (m / f), blank for unknown
 * @param nationality  ISO 3166-1 alpha-2 codes, separated by {@code separator}
 * @param reference    the list's reference
 * @param sourceUrl    link to the entry
 * @param separator    between several values in one cell
 */
public record ColumnMapping(Optional<String> id, Optional<String> name, Optional<String> given, Optional<String> patronymic,
                            Optional<String> surname, Optional<String> aliases, Optional<String> birthDate,
                            Optional<String> gender, Optional<String> nationality, Optional<String> reference,
                            Optional<String> sourceUrl, String separator) {
    public ColumnMapping {
        if (name.isEmpty() && given.isEmpty() && surname.isEmpty()) {
            throw new ListFormatException("column mapping: a name column (name, or given and/or surname) is required");
        }
        separator = separator == null || separator.isEmpty() ? ";" : separator;
    }

    /** A mapping with only a full-name column; add more with the {@code with...} methods. */
    public static ColumnMapping ofName(String nameColumn) {
        return new ColumnMapping(Optional.empty(), Optional.of(nameColumn), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ";");
    }

    public ColumnMapping withId(String c) {
        return new ColumnMapping(Optional.of(c), name, given, patronymic, surname, aliases, birthDate, gender, nationality, reference, sourceUrl, separator);
    }

    public ColumnMapping withParts(String givenColumn, String patronymicColumn, String surnameColumn) {
        return new ColumnMapping(id, name, Optional.ofNullable(givenColumn), Optional.ofNullable(patronymicColumn),
                Optional.ofNullable(surnameColumn), aliases, birthDate, gender, nationality, reference, sourceUrl, separator);
    }

    public ColumnMapping withAliases(String c) {
        return new ColumnMapping(id, name, given, patronymic, surname, Optional.of(c), birthDate, gender, nationality, reference, sourceUrl, separator);
    }

    public ColumnMapping withBirthDate(String c) {
        return new ColumnMapping(id, name, given, patronymic, surname, aliases, Optional.of(c), gender, nationality, reference, sourceUrl, separator);
    }

    public ColumnMapping withGender(String c) {
        return new ColumnMapping(id, name, given, patronymic, surname, aliases, birthDate, Optional.of(c), nationality, reference, sourceUrl, separator);
    }

    public ColumnMapping withNationality(String c) {
        return new ColumnMapping(id, name, given, patronymic, surname, aliases, birthDate, gender, Optional.of(c), reference, sourceUrl, separator);
    }

    public ColumnMapping withReference(String c) {
        return new ColumnMapping(id, name, given, patronymic, surname, aliases, birthDate, gender, nationality, Optional.of(c), sourceUrl, separator);
    }

    public ColumnMapping withSourceUrl(String c) {
        return new ColumnMapping(id, name, given, patronymic, surname, aliases, birthDate, gender, nationality, reference, Optional.of(c), separator);
    }

    List<Optional<String>> columns() {
        return List.of(id, name, given, patronymic, surname, aliases, birthDate, gender, nationality, reference, sourceUrl);
    }
}
