package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversions ICU4J lacks, on their own. */
class RomanisersTest {
    @Test
    void mccuneReischauerVoicesPlainStopsBetweenVoicedSounds() {
        assertThat(HangulRomaniser.mccuneReischauer("김")).isEqualTo("kim");
        assertThat(HangulRomaniser.mccuneReischauer("정은")).isEqualTo("chŏngŭn");
        assertThat(HangulRomaniser.mccuneReischauer("근혜")).isEqualTo("kŭnhye");
        assertThat(HangulRomaniser.mccuneReischauer("리")).isEqualTo("ri");
    }

    @Test
    void wadeGilesOfPinyinSyllables() {
        assertThat(HanRomaniser.wadeGiles("xi")).isEqualTo("hsi");
        assertThat(HanRomaniser.wadeGiles("jin")).isEqualTo("chin");
        assertThat(HanRomaniser.wadeGiles("ping")).isEqualTo("p'ing");
        assertThat(HanRomaniser.wadeGiles("ze")).isEqualTo("tse");
        assertThat(HanRomaniser.wadeGiles("dong")).isEqualTo("tung");
        assertThat(HanRomaniser.wadeGiles("zhi")).isEqualTo("chih");
        assertThat(HanRomaniser.wadeGiles("xue")).isEqualTo("hsüeh");
    }

    @Test
    void ungegnKhmerReadsTheSeriesOfEachConsonant() {
        assertThat(KhmerRomaniser.ungegn("ហ៊ុន")).isEqualTo("hŭn");
        assertThat(KhmerRomaniser.ungegn("សែន")).isEqualTo("sên");
        assertThat(KhmerRomaniser.ungegn("ពត")).isEqualTo("pôt");
        assertThat(KhmerRomaniser.ungegn("ប៉ុល")).isEqualTo("pŏl");
    }

    @Test
    void tablesForTajikLacinkaAndUyghur() {
        assertThat(TransliterationTable.load("tajik").apply("раҳмон")).isEqualTo("rahmon");
        assertThat(TransliterationTable.load("belarusian-lacinka").apply("лукашэнка")).isEqualTo("łukašenka");
        assertThat(TransliterationTable.load("belarusian-lacinka").apply("аляксандр")).isEqualTo("alaksandr");
        assertThat(TransliterationTable.load("uyghur-uly").apply("ئيلهام")).isEqualTo("ilham");
        assertThat(TransliterationTable.load("arabic-english").apply("حسن")).isEqualTo("hasn");
        assertThat(TransliterationTable.load("arabic-persian").apply("ثاقب")).isEqualTo("saqb");
    }

    @Test
    void arabicNameElementsSplitAlikeInBothScripts() {
        assertThat(ArabicNameElements.split("عبدالرحمن")).containsExactly("عبد", "al", "رحمن");
        assertThat(ArabicNameElements.split("abdulrahman")).containsExactly("abdul", "rahman");
        assertThat(ArabicNameElements.split("abderrahmane")).containsExactly("abde", "rahmane");
        assertThat(ArabicNameElements.split("habibullah")).containsExactly("habib", "ullah");
        assertThat(ArabicNameElements.split("خيرالله")).containsExactly("خير", "الله");
        assertThat(ArabicNameElements.split("shamsuddin")).containsExactly("shams", "din");
        assertThat(ArabicNameElements.split("akhundzada")).containsExactly("akhund", "zada");
        assertThat(ArabicNameElements.split("abdullayev")).containsExactly("abdullayev");
        assertThat(ArabicNameElements.split("الله")).containsExactly("الله");
    }
}
