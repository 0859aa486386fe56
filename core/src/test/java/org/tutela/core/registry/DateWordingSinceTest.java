package org.tutela.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * "Since" and "until" a date take the preposition the date's precision calls for: French writes "depuis le 3 mai
 * 2013" for a day but "depuis mai 2013" and "depuis 2013" for a month or a year, never "depuis le 2013".
 */
class DateWordingSinceTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void frenchPutsTheArticleBeforeADayOnly() {
        assertThat(DateWording.since(ApproximateDate.of("2013-05-03"), Locale.FRENCH)).isEqualTo("depuis le 3 mai 2013");
        assertThat(DateWording.since(ApproximateDate.of("2013-05"), Locale.FRENCH)).isEqualTo("depuis mai 2013");
        assertThat(DateWording.since(ApproximateDate.of("2013"), Locale.FRENCH)).isEqualTo("depuis 2013");
        assertThat(DateWording.since(ApproximateDate.of("2013~"), Locale.FRENCH)).isEqualTo("depuis environ 2013");
        assertThat(DateWording.until(ApproximateDate.of("2015-05-03"), Locale.FRENCH)).isEqualTo("jusqu’au 3 mai 2015");
        assertThat(DateWording.until(ApproximateDate.of("2015"), Locale.FRENCH)).isEqualTo("jusqu’en 2015");
    }

    @Test
    void everyLanguageKeepsThePrecision() {
        assertThat(DateWording.since(ApproximateDate.of("2013"), Locale.ENGLISH)).isEqualTo("since 2013");
        assertThat(DateWording.since(ApproximateDate.of("2013-05"), Locale.ENGLISH)).isEqualTo("since May 2013");
        assertThat(DateWording.since(ApproximateDate.of("2013-05"), NL)).isEqualTo("sinds mei 2013");
        // Russian: the month in the genitive after "с"
        assertThat(DateWording.since(ApproximateDate.of("2013-05"), RU)).isEqualTo("с мая 2013 г.");
        assertThat(DateWording.since(ApproximateDate.of("2013"), RU)).isEqualTo("с 2013 г.");
        assertThat(DateWording.since(ApproximateDate.of("2013~"), RU)).isEqualTo("примерно с 2013 г.");
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH, NL, RU}) {
            assertThat(DateWording.since(ApproximateDate.of("2013"), l)).doesNotContain("-01", "1 janv", "{0}");
        }
    }
}
