package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class BirthDateTest {

    @Test
    void isWrittenAsItIsReadWithAsciiDigits() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            // a locale with digits of its own must not change how the date is written
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-EG"));
            assertThat(BirthDate.parse("1974")).hasToString("1974");
            assertThat(BirthDate.parse("1974-3")).hasToString("1974-03");
            assertThat(BirthDate.parse("22.10.1974")).hasToString("1974-10-22");
            assertThat(BirthDate.of(LocalDate.of(1979, 3, 4))).hasToString("1979-03-04");
            assertThat(BirthDate.parse(BirthDate.of(LocalDate.of(1979, 12, 31)).toString())).isEqualTo(BirthDate.of(LocalDate.of(1979, 12, 31)));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
