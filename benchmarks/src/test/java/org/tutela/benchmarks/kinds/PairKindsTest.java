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
    void eachScriptFamilyAgainstLatinIsItsOwnKind() {
        assertThat(kinds.classify("محمد يونس", "Muhammad Yunis")).containsExactly(ARABIC_LATIN);
        assertThat(kinds.classify("حسن روحانی", "Hassan Rouhani")).containsExactly(ARABIC_LATIN);
        assertThat(kinds.classify("习近平", "Xi Jinping")).containsExactly(HAN_LATIN);
        assertThat(kinds.classify("김정은", "Kim Jong-un")).containsExactly(HANGUL_LATIN);
        assertThat(kinds.classify("Вучић Александар", "Aleksandar Vucic"))
                .containsExactlyInAnyOrder(CYRILLIC_LATIN, OTHER_CYRILLIC_LATIN, ORDER_SWAP);
        assertThat(kinds.classify("Сергей Иванов", "Sergey Ivanov")).doesNotContain(OTHER_CYRILLIC_LATIN);
    }

    @Test
    void feminineAndMasculineFormsOfOneSurname() {
        assertThat(kinds.classify("Anna Ivanova", "Anna Ivanov")).contains(FEMININE_MASCULINE);
        assertThat(kinds.classify("Иванова Анна", "Ivanov Anton")).contains(FEMININE_MASCULINE);
        assertThat(kinds.classify("Anna Zhdankovskaya", "Oleg Zhdankovskiy")).contains(FEMININE_MASCULINE);
        assertThat(kinds.classify("Anna Ivanova", "Anna Petrov")).doesNotContain(FEMININE_MASCULINE);
    }

    @Test
    void identicalSpellingsAreOfNoNamedKind() {
        assertThat(kinds.classify("Marta Kovalenko", "MARTA KOVALENKO")).containsExactly(OTHER);
        assertThat(kinds.classify("김민준", "김 민준")).containsExactly(OTHER);
    }
}
