package org.tutela.benchmarks.kinds;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.benchmarks.kinds.PairKind.*;

class PairKindsTest {

    private final PairKinds kinds = new PairKinds();

    @Test
    void cyrillicAgainstLatinWithoutPatronymicIsBothKinds() {
        assertThat(kinds.classify("Иван Петрович Сидоренко", "Ivan Sidorenko"))
                .containsExactlyInAnyOrder(CYRILLIC_LATIN, PATRONYMIC);
    }

    @Test
    void ukrainianLettersAgainstRussianSpellingIsUkrainianRussian() {
        assertThat(kinds.classify("Олексій Іваненко", "Алексей Иваненко")).containsExactly(UKRAINIAN_RUSSIAN);
    }

    @Test
    void latinILookAlikeInsideCyrillicWordCountsAsUkrainianLetter() {
        assertThat(PairKinds.script("Сергiй")).isEqualTo(PairKinds.Script.CYRILLIC);
        assertThat(kinds.classify("Сергiй Бондар", "Сергей Бондарь")).containsExactly(UKRAINIAN_RUSSIAN);
    }

    @Test
    void surnameFirstInCapitalsIsAnOrderSwapNotASpellingVariant() {
        assertThat(kinds.classify("KOVALENKO Marta", "Marta Kovalenko")).containsExactly(ORDER_SWAP);
        assertThat(kinds.classify("KOVALENKO, Marta", "Marta Kovalenko")).containsExactly(ORDER_SWAP);
    }

    @Test
    void differentLatinLettersAreALatinVariant() {
        assertThat(kinds.classify("Jon Smyth", "John Smith")).containsExactly(LATIN_VARIANT);
    }

    @Test
    void southSlavicSurnameInLatinIsNotTakenForAPatronymic() {
        assertThat(kinds.classify("Ana Maria Jovanovic", "Ana Jovanovic")).doesNotContain(PATRONYMIC);
        // the same ending in Cyrillic script is the transliteration of a patronymic
        assertThat(kinds.classify("Анна Петровна Ковалёва", "Анна Ковалёва")).contains(PATRONYMIC);
    }

    @Test
    void latinPatronymicIsRecognisedInTheMiddle() {
        assertThat(kinds.classify("Oleg Ivanovich Marchenko", "Oleg Marchenko")).containsExactlyInAnyOrder(
                PATRONYMIC, LATIN_VARIANT);
    }

    @Test
    void identicalSpellingsAreOfNoNamedKind() {
        assertThat(kinds.classify("Marta Kovalenko", "MARTA KOVALENKO")).containsExactly(OTHER);
        assertThat(kinds.classify("김민준", "김 민준")).containsExactly(OTHER);
    }
}
