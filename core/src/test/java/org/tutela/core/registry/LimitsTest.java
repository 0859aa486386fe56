package org.tutela.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The size limits of records are domain rules: each refusal names the field and the limit. */
class LimitsTest {
    static Person person(List<PersonName> names) {
        return person(names, Optional.empty());
    }

    static Person person(List<PersonName> names, Optional<String> notes) {
        return new Person(RecordId.of("person-limits"), names, Optional.empty(), Optional.empty(), List.of(), List.of(), Set.of(),
                notes, Provenance.none());
    }

    static List<PersonName> names(int count) {
        List<PersonName> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(PersonName.of("Name Number" + i, i == 0 ? PersonName.Kind.PRIMARY : PersonName.Kind.ALIAS));
        }
        return names;
    }

    @Test
    void aPersonHasAtMostTheLimitOfNames() {
        assertThat(person(names(Limits.MAX_NAMES_PER_PERSON)).names()).hasSize(Limits.MAX_NAMES_PER_PERSON);
        assertThatThrownBy(() -> person(names(Limits.MAX_NAMES_PER_PERSON + 1)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("names"))
                .hasMessageContaining("at most " + Limits.MAX_NAMES_PER_PERSON).hasMessageContaining("this has " + (Limits.MAX_NAMES_PER_PERSON + 1));
    }

    @Test
    void aNameHasAtMostTheLimitOfCharacters() {
        String longName = "A".repeat(Limits.MAX_NAME) + " B";
        assertThatThrownBy(() -> PersonName.of(longName, PersonName.Kind.PRIMARY))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("names.full"))
                .hasMessageContaining("longer than " + Limits.MAX_NAME);
    }

    @Test
    void aTextFieldHasAtMostTheLimitOfCharactersEvenFarBeyondIt() {
        for (int length : new int[] {Limits.MAX_TEXT + 1, Limits.MAX_TEXT * 10}) {
            assertThatThrownBy(() -> person(names(1), Optional.of("x".repeat(length))))
                    .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("notes"));
        }
    }

    @Test
    void citationsPerRecordAreLimited() {
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i <= Limits.MAX_CITATIONS; i++) {
            citations.add(Citation.of(Samples.SOURCE));
        }
        assertThatThrownBy(() -> new Provenance(citations, Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("provenance.citations"));
    }
}
