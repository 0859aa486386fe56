package org.tutela.core.names;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each script is found by its standard romanisation, and by the spellings usage gives names in it. Invented or
 * public-figure names, one line per system.
 */
class ScriptRomanisationTest {
    private final NameMatcher matcher = NameMatcher.standard();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // Serbian and Macedonian Cyrillic, Gaj Latin with and without diacritics
            "Вучић Александар | Vučić Aleksandar",
            "Вучић Александар | Vucic Aleksandar",
            "Ђоковић Новак | Djokovic Novak",
            "Љубица Џелетовић | Ljubica Dželetović",
            "Ѓорѓе Ќосевски | Gjorgje Kjosevski",
            // Ukrainian г as h and as g
            "Григорій Олійник | Hryhorii Oliinyk",
            "Григорій Олійник | Grigoriy Oliynik",
            // Belarusian: BGN/PCGN and Łacinka
            "Аляксандр Лукашэнка | Alyaksandr Lukashenka",
            "Аляксандр Лукашэнка | Alaksandr Łukašenka",
            // Tajik, Kyrgyz, Mongolian, Uzbek Cyrillic
            "Эмомалӣ Раҳмон | Emomali Rahmon",
            "Садыр Жапаров Нуркожоевич | Sadyr Japarov",
            "Ухнаагийн Хүрэлсүх | Ukhnaagiin Khurelsukh",
            "Шавкат Мирзиёев | Shavkat Mirziyoyev",
            // Hangul: Revised Romanisation and McCune-Reischauer; the family names' usual spellings
            "김정은 | Kim Jeong-eun",
            "김정은 | Kim Chŏng-ŭn",
            "박근혜 | Park Geun-hye",
            // Chinese: Hanyu Pinyin and Wade-Giles
            "习近平 | Xi Jinping",
            "习近平 | Hsi Chin-p'ing",
            "毛泽东 | Mao Tse-tung",
            // Khmer UNGEGN, Ge'ez BGN/PCGN and ALA-LC
            "ហ៊ុន សែន | Hun Sen",
            "ኢሳይያስ አፈወርቂ | Isaias Afewerki",
            "ኢሳይያስ አፈወርቂ | Isayeyas Afawareqi",
            // Uyghur: Arabic script and ULY
            "ئىلھام توختى | Ilham Toxti",
            // Arabic and Persian: the vowels usage gives unvowelled spellings; particles and the article
            "محمد يونس أحمد | Muhammad Yunis Ahmad",
            "محمد يونس أحمد | Mohamed Younis Ahmed",
            "محمد يونس أحمد | Mohammed Yunus Ahmad",
            "عبد الرحمن | Abdul Rahman",
            "عبد الرحمن | Abd al-Rahman",
            "صدام حسين التكريتي | Saddam Hussein al-Tikriti",
            "حسن روحانی | Hassan Rouhani",
    })
    void foundByItsRomanisation(String written, String romanised) {
        NameMatch m = matcher.compare(written, romanised);
        assertThat(m.isMatch()).as(m.explain()).isTrue();
        NameMatch back = matcher.compare(romanised, written);
        assertThat(back.isMatch()).as(back.explain()).isTrue();
    }

    @Test
    void brothersWhoShareFatherAndGrandfatherAreNotOnePerson() {
        NameMatch m = matcher.compare("قصي صدام حسين التكريتي", "UDAY SADDAM HUSSEIN AL-TIKRITI");
        assertThat(m.isMatch()).as(m.explain()).isFalse();
        assertThat(matcher.compare("Qusay Saddam Hussein al-Tikriti", "Uday Saddam Hussein al-Tikriti").isMatch()).isFalse();
    }

    @Test
    void persianAndArabicLettersAreOneSpelling() {
        assertThat(matcher.compare("علی کریمی", "علي كريمي").score()).isEqualTo(1.0);
    }
}
