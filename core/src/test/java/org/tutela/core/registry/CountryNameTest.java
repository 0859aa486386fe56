package org.tutela.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A state's name is read from the locale data in the reader's language; the registry keeps the code. */
class CountryNameTest {
    @Test
    void aStateIsNamedInTheReadersLanguage() {
        assertThat(Country.of("BE").name(Locale.ENGLISH)).isEqualTo("Belgium");
        assertThat(Country.of("BE").name(Locale.FRENCH)).isEqualTo("Belgique");
        assertThat(Country.of("BE").name(Locale.forLanguageTag("nl"))).isEqualTo("België");
        assertThat(Country.of("KZ").name(Locale.forLanguageTag("ru"))).isEqualTo("Казахстан");
        assertThat(Country.of("KZ").name(Locale.FRENCH)).isEqualTo("Kazakhstan");
        assertThat(Country.of("kz").code()).isEqualTo("KZ");
    }

    @Test
    void englishIsTheNameWithoutALanguage() {
        assertThat(Country.of("BE").name()).isEqualTo("Belgium");
        assertThat(Country.of("BE").name(Locale.ROOT)).isEqualTo("Belgium");
        assertThat(Country.of("BE").name(null)).isEqualTo("Belgium");
    }

    @Test
    void kosovosUserAssignedCodeHasANameInEveryLanguage() {
        assertThat(Country.of("XK").name()).isEqualTo("Kosovo");
        assertThat(Country.of("XK").name(Locale.forLanguageTag("ru"))).isEqualTo("Косово");
    }
}
