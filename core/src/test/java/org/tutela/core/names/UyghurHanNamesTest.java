package org.tutela.core.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Uyghur names in the Han transcription Chinese records use, against their Uyghur Latin, Arabic-script and English forms. */
class UyghurHanNamesTest {
    private final NameMatcher matcher = NameMatcher.standard();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "买买提·吐尔逊 | Memet Tursun",
            "买买提·吐尔逊 | Muhammad Tursun",
            "买买提·吐尔逊 | Maimaiti Tuerxun",
            "麦麦提·吐尔逊 | Mehmet Tursun",
            "艾买提·依明 | Ehmet Imin",
            "阿不都热合曼·艾力 | Abdurehman Eli",
            "阿不都热合曼·艾力 | Abdul Rahman Ali",
            "伊力哈木·土赫提 | Ilham Tohti",
            "伊力哈木·土赫提 | ئىلھام توختى",
            "热比娅·卡德尔 | Rebiya Kadeer",
    })
    void foundByItsUyghurForms(String han, String other) {
        NameMatch m = matcher.compare(han, other);
        assertThat(m.isMatch()).as(m.explain()).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "买买提·吐尔逊 | Memet Ablet",
            "艾买提·依明 | Memet Imin",
            "伊力哈木·土赫提 | Ilham Tursun",
    })
    void anotherNameIsNotFound(String han, String other) {
        NameMatch m = matcher.compare(han, other);
        assertThat(m.isMatch()).as(m.explain()).isFalse();
    }

    @Test
    void aCompoundWordIsSplitIntoItsElements() {
        assertThat(UyghurHanNames.split("阿不都热合曼")).containsExactly("阿不都", "热合曼");
        assertThat(UyghurHanNames.split("阿不都拉")).containsExactly("阿不都拉");
        // not made wholly of elements: a Chinese name stays as it is
        assertThat(UyghurHanNames.split("习近平")).containsExactly("习近平");
    }

    @Test
    void aUyghurNameAloneIsNotSplitAsAChineseFamilyName() {
        AnalysedName n = NameAnalyser.standard().analyse("买买提");
        assertThat(n.parts()).extracting(NamePart::text).containsExactly("买买提");
        assertThat(NameAnalyser.standard().analyse("习近平").parts()).hasSize(2);
    }
}
