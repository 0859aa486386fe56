package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameAnalyserTest {
    private final NameAnalyser analyser = NameAnalyser.standard();

    private List<String> texts(AnalysedName n) {
        return n.parts().stream().map(NamePart::text).toList();
    }

    private List<NamePart.Role> roles(AnalysedName n) {
        return n.parts().stream().map(NamePart::role).toList();
    }

    @Test
    void commaFormPutsTheSurnameFirst() {
        AnalysedName n = analyser.analyse("HRYNKO, Oksana Petrivna");
        assertThat(texts(n)).containsExactly("hrynko", "oksana", "petrivna");
        assertThat(roles(n)).containsExactly(NamePart.Role.SURNAME, NamePart.Role.GIVEN, NamePart.Role.PATRONYMIC);
        assertThat(n.order()).isEqualTo(AnalysedName.Order.SURNAME_FIRST);
    }

    @Test
    void capitalisedWordAmongMixedCaseIsTheSurname() {
        AnalysedName n = analyser.analyse("Taras Mykolayovych BONDARUK");
        assertThat(roles(n)).containsExactly(NamePart.Role.GIVEN, NamePart.Role.PATRONYMIC, NamePart.Role.SURNAME);
        assertThat(analyser.analyse("BONDARUK Taras").order()).isEqualTo(AnalysedName.Order.SURNAME_FIRST);
    }

    @Test
    void russianOrderWithPatronymicLast() {
        AnalysedName n = analyser.analyse("Лапшина Ирина Олеговна");
        assertThat(roles(n)).containsExactly(NamePart.Role.SURNAME, NamePart.Role.GIVEN, NamePart.Role.PATRONYMIC);
    }

    @Test
    void kazakhPatronymicWords() {
        AnalysedName n = analyser.analyse("Ерлан Сапарұлы Мусин");
        assertThat(roles(n).get(1)).isEqualTo(NamePart.Role.PATRONYMIC);
    }

    @Test
    void hyphenatedNamesSplitIntoParts() {
        AnalysedName n = analyser.analyse("Anna Rimsky-Korsakova");
        assertThat(texts(n)).containsExactly("anna", "rimsky", "korsakova");
    }

    @Test
    void initialsAreParts() {
        AnalysedName n = analyser.analyse("V. I. Tarasenko");
        assertThat(n.parts().get(0).isInitial()).isTrue();
        assertThat(n.parts().get(2).isInitial()).isFalse();
    }

    @Test
    void partsCarrySeveralRomanisationsPickedByLetters() {
        NamePart ru = analyser.part("щеглова");
        assertThat(ru.romanisations()).containsEntry("ICAO Doc 9303", "shcheglova").containsKey("BGN/PCGN Russian")
                .doesNotContainKey("BGN/PCGN Kazakh");
        NamePart kk = analyser.part("қанат");
        assertThat(kk.romanisations()).containsKey("BGN/PCGN Kazakh").doesNotContainKey("BGN/PCGN Russian");
        assertThat(kk.keySet()).contains("kanat");
        NamePart uk = analyser.part("євгенія");
        assertThat(uk.romanisations()).containsKey("BGN/PCGN Ukrainian").doesNotContainKey("BGN/PCGN Russian");
        NamePart be = analyser.part("навумаў");
        assertThat(be.romanisations()).containsKey("BGN/PCGN Belarusian");
    }

    @Test
    void russianBgnAloneWouldLeaveKazakhLettersUntouched() {
        // the reason the transform is picked by the letters present
        String r = com.ibm.icu.text.Transliterator.getInstance("Russian-Latin/BGN").transliterate("Қанат");
        assertThat(r).contains("Қ");
    }

    @Test
    void latinPartsGetACyrillicForm() {
        assertThat(analyser.part("jakupov").cyrillic()).isEqualTo("джакупов");
        assertThat(analyser.part("khrushchev").cyrillic()).isEqualTo("хрущев");
    }

    @Test
    void emptyAndBlankNamesAreRefused() {
        assertThatThrownBy(() -> analyser.analyse("")).isInstanceOf(NameInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> analyser.analyse("  \t ")).isInstanceOf(NameInputException.class);
        assertThatThrownBy(() -> analyser.analyse(null)).isInstanceOf(NameInputException.class);
        assertThatThrownBy(() -> analyser.analyse("-- . ,")).isInstanceOf(NameInputException.class).hasMessageContaining("no letters");
    }

    @Test
    void oneLetterIsAnInitial() {
        AnalysedName n = analyser.analyse("Q");
        assertThat(n.parts()).hasSize(1);
        assertThat(n.parts().get(0).isInitial()).isTrue();
    }

    @Test
    void tenThousandCharactersAreRefusedWithTheLength() {
        assertThatThrownBy(() -> analyser.analyse("a".repeat(10_000)))
                .isInstanceOf(NameInputException.class).hasMessageContaining("10000 characters");
    }

    @Test
    void tooManyPartsAreRefused() {
        assertThatThrownBy(() -> analyser.analyse("a b c d e f g h i j k l m n"))
                .isInstanceOf(NameInputException.class).hasMessageContaining("parts");
    }

    @Test
    void controlCharactersAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> analyser.analyse("Ivan\u0000Petrov"))
                .isInstanceOf(NameInputException.class).hasMessageContaining("U+0000").hasMessageContaining("position 4");
        assertThat(analyser.analyse("Ivan\tPetrov").parts()).hasSize(2);
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertThatThrownBy(() -> analyser.analyse("Ivan \uD800 Petrov"))
                .isInstanceOf(NameInputException.class).hasMessageContaining("surrogate").hasMessageContaining("position 5");
        assertThatThrownBy(() -> analyser.analyse("Ivan \uDC00"))
                .isInstanceOf(NameInputException.class).hasMessageContaining("surrogate");
        // a paired surrogate (a letter outside the BMP) is fine
        assertThat(analyser.analyse("Ivan \uD835\uDC00").parts()).hasSize(2);
    }

    @Test
    void rightToLeftTextIsAnalysedAndRomanised() {
        AnalysedName n = analyser.analyse("حسين موسوی");
        assertThat(n.parts()).hasSize(2);
        assertThat(n.parts().get(0).script()).isEqualTo(Script.OTHER);
        assertThat(n.parts().get(0).keySet()).isNotEmpty().allMatch(k -> k.chars().allMatch(c -> c < 128));
    }

    @Test
    void mixedScriptsInOneWordStillGiveKeys() {
        // real Cyrillic letters (б, л) that have no Latin look-alike, next to Latin ones
        NamePart p = analyser.analyse("Gлебов").parts().get(0);
        assertThat(p.script()).isEqualTo(Script.MIXED);
        assertThat(p.keySet()).contains("glebov");
    }
}
