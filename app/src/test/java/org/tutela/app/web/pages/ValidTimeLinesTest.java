package org.tutela.app.web.pages;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Held;
import org.tutela.core.registry.InvalidRecordException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A line of the person form reads back as the valid time it was written from, approximate ends included. */
class ValidTimeLinesTest {
    private static final Country BE = Country.of("BE");

    private static void readsBack(Held<Country> held) {
        String line = ValidTimeLines.line(held, "BE");
        String time = line.substring(line.indexOf(' ') + 1);
        ValidTimeLines.Time read = ValidTimeLines.time("nationalities", time);
        assertThat(read.from()).as(line).isEqualTo(held.from());
        assertThat(read.until()).as(line).isEqualTo(held.until());
    }

    @Test
    void pointsAndOpenEndsReadBack() {
        readsBack(Held.between(BE, ApproximateDate.year(2016), ApproximateDate.month(2019, 5)));
        readsBack(Held.since(BE, ApproximateDate.on(2016, 5, 3)));
        readsBack(new Held<>(BE, Optional.empty(), Optional.of(ApproximateDate.year(2015)), Optional.empty()));
    }

    @Test
    void anEndKnownOnlyBetweenTwoDatesStaysASpan() {
        ApproximateDate someTimeIn2015Or2016 = ApproximateDate.of("2015/2016");
        Held<Country> held = Held.since(BE, someTimeIn2015Or2016);
        assertThat(ValidTimeLines.line(held, "BE")).isEqualTo("BE [2015..2016]/..");
        readsBack(held);
        readsBack(Held.since(BE, ApproximateDate.of("../2016")));
    }

    @Test
    void anEndThatIsAnIntervalWithoutBracketsIsRefused() {
        assertThatThrownBy(() -> ValidTimeLines.time("nationalities", "2015/2016/.."))
                .isInstanceOf(InvalidRecordException.class);
    }
}
