package org.tutela.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApproximateDateTest {

    @Test
    void aFullIsoDateIsADayAndKeepsItsText() {
        ApproximateDate d = ApproximateDate.of("2013-05-14");
        assertEquals(Optional.of(LocalDate.of(2013, 5, 14)), d.day());
        assertEquals("2013-05-14", d.text());
        assertEquals(d, ApproximateDate.of(LocalDate.of(2013, 5, 14)));
    }

    @Test
    void aYearAMonthAndAboutSpanTheirDays() {
        ApproximateDate year = ApproximateDate.of("2013");
        assertEquals(LocalDate.of(2013, 1, 1), year.earliest());
        assertEquals(LocalDate.of(2013, 12, 31), year.latest());
        assertFalse(year.isDay());

        ApproximateDate feb = ApproximateDate.of("2016-02");
        assertEquals(LocalDate.of(2016, 2, 1), feb.earliest());
        assertEquals(LocalDate.of(2016, 2, 29), feb.latest());

        ApproximateDate about = ApproximateDate.of("2013~");
        assertEquals(LocalDate.of(2012, 1, 1), about.earliest());
        assertEquals(LocalDate.of(2014, 12, 31), about.latest());
        assertEquals("2013~", about.text());

        ApproximateDate aboutMay = ApproximateDate.of("2013-05~");
        assertEquals(LocalDate.of(2013, 4, 1), aboutMay.earliest());
        assertEquals(LocalDate.of(2013, 6, 30), aboutMay.latest());
    }

    @Test
    void spansAndOpenEnds() {
        ApproximateDate span = ApproximateDate.of("2013/2015");
        assertEquals(LocalDate.of(2013, 1, 1), span.earliest());
        assertEquals(LocalDate.of(2015, 12, 31), span.latest());
        assertEquals("2013/2015", span.text());

        ApproximateDate by = ApproximateDate.of("../2017");
        assertEquals(LocalDate.of(2017, 12, 31), by.latest());
        assertEquals(LocalDate.MIN, by.earliest());
        assertEquals("../2017", by.text());

        ApproximateDate orLater = ApproximateDate.of("2013-05/..");
        assertEquals(LocalDate.of(2013, 5, 1), orLater.earliest());
        assertEquals(LocalDate.MAX, orLater.latest());
    }

    @Test
    void badInputNamesTheFieldAndTheForms() {
        InvalidRecordException notADate = assertThrows(InvalidRecordException.class, () -> ApproximateDate.parse("incident.date", "31/12/2013"));
        assertEquals("incident.date", notADate.field());
        assertTrue(notADate.problem().contains("YYYY-MM"), notADate.problem());

        InvalidRecordException noSuchDay = assertThrows(InvalidRecordException.class, () -> ApproximateDate.parse("date", "2013-02-30"));
        assertTrue(noSuchDay.problem().contains("not a date of the calendar"), noSuchDay.problem());

        InvalidRecordException backwards = assertThrows(InvalidRecordException.class, () -> ApproximateDate.parse("granted", "2015/2013"));
        assertEquals("granted", backwards.field());
        assertTrue(backwards.problem().contains("before it starts"), backwards.problem());

        assertThrows(InvalidRecordException.class, () -> ApproximateDate.parse("date", "../.."));
        assertThrows(InvalidRecordException.class, () -> ApproximateDate.parse("date", " "));
        assertThrows(InvalidRecordException.class, () -> ApproximateDate.parse("date", "2013?"));
        assertThrows(InvalidRecordException.class, () -> ApproximateDate.parse("date", "2013-13"));
    }

    @Test
    void comparisonsAreHonestAboutWhatIsNotKnown() {
        ApproximateDate year2013 = ApproximateDate.of("2013");
        LocalDate midYear = LocalDate.of(2013, 7, 1);
        assertFalse(year2013.surelyBefore(midYear));
        assertTrue(year2013.possiblyBefore(midYear));
        assertEquals(ApproximateDate.Relation.POSSIBLY_EITHER, year2013.relationTo(midYear));
        assertEquals(ApproximateDate.Relation.BEFORE, year2013.relationTo(LocalDate.of(2014, 1, 1)));
        assertEquals(ApproximateDate.Relation.AFTER, year2013.relationTo(LocalDate.of(2012, 12, 31)));
        assertTrue(year2013.surelyBy(LocalDate.of(2013, 12, 31)));
        assertFalse(year2013.surelyBy(LocalDate.of(2013, 12, 30)));
        assertTrue(year2013.possiblyBy(LocalDate.of(2013, 1, 1)));
        assertFalse(year2013.possiblyBy(LocalDate.of(2012, 12, 31)));

        assertTrue(ApproximateDate.of("2012").surelyBefore(year2013));
        assertFalse(ApproximateDate.of("2013-05").surelyBefore(year2013));
        assertTrue(ApproximateDate.of("2013-05").possiblyBefore(year2013));
        assertTrue(ApproximateDate.ORDER.compare(ApproximateDate.of("2013"), ApproximateDate.of("2013-01-02")) < 0);
    }

    @Test
    void writtenAsPreciseAsItIsInFourLanguages() {
        assertEquals("2013", DateWording.format(ApproximateDate.of("2013"), Locale.ENGLISH));
        assertEquals("May 2013", DateWording.format(ApproximateDate.of("2013-05"), Locale.ENGLISH));
        assertEquals("14 May 2013", DateWording.format(ApproximateDate.of("2013-05-14"), Locale.ENGLISH));
        assertEquals("about 2013", DateWording.format(ApproximateDate.of("2013~"), Locale.ENGLISH));
        assertEquals("2013\u20132015", DateWording.format(ApproximateDate.of("2013/2015"), Locale.ENGLISH));
        assertEquals("by 2017", DateWording.format(ApproximateDate.of("../2017"), Locale.ENGLISH));
        assertEquals("2013 or later", DateWording.format(ApproximateDate.of("2013/.."), Locale.ENGLISH));

        Locale fr = Locale.FRENCH;
        assertEquals("mai 2013", DateWording.format(ApproximateDate.of("2013-05"), fr));
        assertEquals("vers 2013", DateWording.format(ApproximateDate.of("2013~"), fr));
        assertEquals("14 mai 2013", DateWording.format(ApproximateDate.of("2013-05-14"), fr));

        Locale nl = Locale.forLanguageTag("nl");
        assertEquals("mei 2013", DateWording.format(ApproximateDate.of("2013-05"), nl));
        assertEquals("omstreeks 2013", DateWording.format(ApproximateDate.of("2013~"), nl));

        Locale ru = Locale.forLanguageTag("ru");
        assertEquals("май 2013 г.", DateWording.format(ApproximateDate.of("2013-05"), ru));
        assertEquals("около мая 2013 г.", DateWording.format(ApproximateDate.of("2013-05~"), ru));
        assertEquals("14 мая 2013 г.", DateWording.format(ApproximateDate.of("2013-05-14"), ru));
        assertEquals("2013 г.\u20132015 г.", DateWording.format(ApproximateDate.of("2013/2015"), ru));
    }
}
