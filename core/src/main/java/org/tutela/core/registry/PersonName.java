package org.tutela.core.registry;

import java.util.Optional;

/**
 * One name of a person as written somewhere, in any script. The parts are given when the recorder
 * knows them; the name matcher derives them otherwise.
 */
public record PersonName(String full, Kind kind, Optional<String> given, Optional<String> patronymic,
                         Optional<String> surname, Optional<String> language) {

    public enum Kind { PRIMARY, ALIAS, NATIVE_SCRIPT, TRANSLITERATION, DIMINUTIVE, FORMER, AS_WRITTEN_IN_REQUEST }

    public PersonName {
        full = Fields.name("names.full", full);
        kind = kind == null ? Kind.ALIAS : kind;
        given = Fields.optionalName("names.given", given);
        patronymic = Fields.optionalName("names.patronymic", patronymic);
        surname = Fields.optionalName("names.surname", surname);
        language = Fields.optionalText("names.language", language);
    }

    public static PersonName of(String full, Kind kind) {
        return new PersonName(full, kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static PersonName of(String given, String surname, Kind kind) {
        return new PersonName(given + " " + surname, kind, Optional.of(given), Optional.empty(), Optional.of(surname), Optional.empty());
    }
}
