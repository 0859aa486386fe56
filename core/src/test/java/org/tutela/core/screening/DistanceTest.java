package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.screening.Distance.Fit;

class DistanceTest {
    @Test
    void daysWithinAWindowAreSureOnlyWhenEveryPossibleDayIs() {
        ApproximateDate request = ApproximateDate.on(2021, 3, 1);
        assertThat(new Distance(ApproximateDate.on(2021, 1, 1), request).daysWithin(0, 90)).isEqualTo(Fit.SURELY);
        assertThat(new Distance(ApproximateDate.month(2020, 12), request).daysWithin(0, 90)).isEqualTo(Fit.SURELY);
        assertThat(new Distance(ApproximateDate.year(2020), request).daysWithin(0, 90)).isEqualTo(Fit.POSSIBLY);
        assertThat(new Distance(ApproximateDate.year(2021), request).daysWithin(0, 90)).isEqualTo(Fit.POSSIBLY);
        assertThat(new Distance(ApproximateDate.year(2019), request).daysWithin(0, 90)).isEqualTo(Fit.NOT);
        assertThat(new Distance(ApproximateDate.on(2021, 3, 2), request).daysWithin(0, 90)).isEqualTo(Fit.NOT);
        // an open end bounds nothing
        assertThat(new Distance(ApproximateDate.of("../2021"), request).daysWithin(0, 90)).isEqualTo(Fit.NOT);
    }

    @Test
    void yearsAtLeast() {
        ApproximateDate request = ApproximateDate.on(2021, 3, 1);
        assertThat(new Distance(ApproximateDate.year(2010), request).yearsAtLeast(10)).isEqualTo(Fit.SURELY);
        assertThat(new Distance(ApproximateDate.year(2011), request).yearsAtLeast(10)).isEqualTo(Fit.POSSIBLY);
        assertThat(new Distance(ApproximateDate.year(2012), request).yearsAtLeast(10)).isEqualTo(Fit.NOT);
        assertThat(new Distance(ApproximateDate.on(2011, 2, 1), ApproximateDate.year(2021)).yearsAtLeast(10)).isEqualTo(Fit.POSSIBLY);
    }
}
