package org.tutela.core.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name that mentions the surname at birth is found under either surname; the same name without the mention is
 * found only under its own. Minimal pairs: each line differs from its control only by the mention.
 */
class MaidenNamesTest {
    private final NameMatcher matcher = NameMatcher.standard();
    private final NameAnalyser analyser = NameAnalyser.standard();

    @ParameterizedTest(name = "{0} ~ {1}, not {2}")
    @CsvSource(delimiter = '|', value = {
            // parentheses after the surname, the Russian record's way
            "Иванова (Петрова) Мария | Мария Петрова | Иванова Мария",
            "Иванова (Петрова) Мария | Maria Petrova | Иванова Мария",
            "IVANOVA (PETROVA), Maria | Maria Petrova | IVANOVA, Maria",
            // a word that says "born"
            "Maria Ivanova née Petrova | Maria Petrova | Maria Ivanova",
            "Maria Ivanova (née Petrova) | Maria Petrova | Maria Ivanova",
            "IVANOVA Maria nee PETROVA | Petrova Maria | IVANOVA Maria",
            "Anna Müller geb. Schmidt | Anna Schmidt | Anna Müller",
            "Мария Ивановна Иванова, урожд. Петрова | Petrova Mariya Ivanovna | Мария Ивановна Иванова",
            "Anna Kowalska z domu Nowak | Anna Nowak | Anna Kowalska",
            "Mary Smith, born Jones | Mary Jones | Mary Smith",
    })
    void foundUnderTheSurnameAtBirth(String withMention, String atBirth, String withoutMention) {
        NameMatch found = matcher.compare(withMention, atBirth);
        assertThat(found.isMatch()).as(found.explain()).isTrue();
        NameMatch control = matcher.compare(withoutMention, atBirth);
        assertThat(control.isMatch()).as(control.explain()).isFalse();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Иванова (Петрова) Мария | Мария Иванова",
            "Maria Ivanova née Petrova | Maria Ivanova",
            "Anna Müller geb. Schmidt | Anna Müller",
            "Мария Ивановна Иванова, урожд. Петрова | Ivanova Mariya",
    })
    void stillFoundUnderTheCurrentSurname(String withMention, String current) {
        NameMatch m = matcher.compare(withMention, current);
        assertThat(m.isMatch()).as(m.explain()).isTrue();
        assertThat(m.nameScore()).as(m.explain()).isGreaterThan(0.9);
    }

    @Test
    void bothReadingsHaveTheBirthSurnameAsSurname() {
        List<AnalysedName> readings = analyser.analyseAll("Maria Ivanova née Petrova");
        assertThat(readings).hasSize(2);
        assertThat(readings.get(0).parts(NamePart.Role.SURNAME)).extracting(NamePart::text).containsExactly("ivanova");
        assertThat(readings.get(1).parts(NamePart.Role.SURNAME)).extracting(NamePart::text).containsExactly("petrova");
        assertThat(readings.get(1).parts(NamePart.Role.GIVEN)).extracting(NamePart::text).containsExactly("maria");
    }

    @Test
    void bornAsANameIsNotAMention() {
        // Max Born is a surname, and "born 1970" or "born in Riga" says nothing of a surname
        assertThat(analyser.analyseAll("Max Born")).hasSize(1);
        assertThat(analyser.analyseAll("Gustav Born Hansen")).hasSize(1);
        assertThat(analyser.analyseAll("Mary Smith born in Riga")).hasSize(1);
        assertThat(MaidenNames.find("Mary Smith, born 1970")).isEmpty();
    }

    @Test
    void parenthesesOfSeveralWordsAreNotABirthSurname() {
        assertThat(MaidenNames.find("Mohammed (Abu Ali) Hassan")).isEmpty();
        assertThat(analyser.analyseAll("Mohammed (Abu Ali) Hassan")).hasSize(1);
    }

    @Test
    void aParenthesisWithNothingBeforeItOrUnclosedIsLeftAlone() {
        assertThat(MaidenNames.find("(Петрова) Мария")).isEmpty();
        assertThat(MaidenNames.find("Иванова (Петрова Мария")).isEmpty();
        assertThat(analyser.analyseAll("Иванова (Петрова Мария")).hasSize(1);
    }
}
