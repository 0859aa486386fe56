package org.tutela.core.names;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Names as they arrive from documents: invisible marks, stretched letters, presentation forms, scripts the matcher
 * has no table for, mixed scripts. Each is normalised and compared, or refused with a {@link NameInputException}
 * saying why; nothing else is thrown.
 */
class BadInputTest {
    private final NameMatcher matcher = NameMatcher.standard();
    private final Normaliser chain = Normaliser.standard();

    @Test
    void invisibleMarksAndTatweelAreDropped() {
        assertThat(chain.normalise("\u200Fمحمد\u200E")).isEqualTo("محمد");
        assertThat(chain.normalise("سليــوة")).isEqualTo("سليوة");
        assertThat(chain.normalise("Ali\u200Dreza")).isEqualTo("alireza");
        assertThat(chain.normalise("\uFEFFOksana\u202C")).isEqualTo("oksana");
        assertThat(chain.normalise("مُحَمَّد")).isEqualTo("محمد");
        assertThat(chain.normalise("\u0301Oksana")).isEqualTo("oksana");
    }

    @Test
    void arabicPresentationFormsAndLetterVariantsAreOneSpelling() {
        // ﻣﺤﻤﺪ: the contextual glyphs a PDF extraction yields
        assertThat(chain.normalise("\uFEE3\uFEA4\uFEE4\uFEAA")).isEqualTo("محمد");
        assertThat(chain.normalise("أحمد")).isEqualTo(chain.normalise("احمد"));
        // Persian ی and ک are the Arabic ي and ك
        assertThat(chain.normalise("کریمی")).isEqualTo(chain.normalise("كريمي"));
    }

    @Test
    void aNameWithMarksMatchesItselfWithout() {
        assertThat(matcher.compare("\u200Fمُحَمَّد يونس\u200E", "محمد يونس").score()).isEqualTo(1.0);
        assertThat(matcher.compare("\uFEE3\uFEA4\uFEE4\uFEAA", "Muhammad").isMatch()).isTrue();
    }

    @ParameterizedTest
    @Timeout(60) // a guard against a hang, not a measure of speed
    @ValueSource(strings = {"ⵜⴰⵎⴰⵣⵉⵖⵜ ⴰⵎⵥⵢⴰⵏ", "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", "Иван Smith محمد 习近平 김정은", "\u0301\u0302\u0303 Oksana",
            "ـــــ محمد", "ﷲ", "ﷺ", "Ali\u200D\u200D\u200D\u200D\u200D\u200D\u200D\u200D\u200D\u200D\u200Dreza",
            "ញញញញញញញញញញញញញញញញញញញញ", "ក្ក្ក្ក្ក្ក្ក្ក្ក", "ﻻ ﻷ", "𐌰𐌻𐌰𐍂𐌴𐌹𐌺𐍃"})
    void oddInputIsComparedOrRefusedClearly(String name) {
        try {
            NameMatch m = matcher.compare(name, name);
            assertThat(m.score()).isBetween(0.0, 1.0);
            matcher.compare(name, "Muhammad Ivanov");
        } catch (NameInputException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Test
    void onlyMarksIsRefusedWithAReason() {
        assertThatThrownBy(() -> matcher.compare("\u200F\u200E\u0640", "Oksana"))
                .isInstanceOf(NameInputException.class).hasMessageContaining("name");
    }
}
