package org.tutela.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Held.Holding;

class HeldTest {
    private static final Country BE = Country.of("BE");
    private static final ApproximateDate DAY = ApproximateDate.on(2017, 6, 15);

    @Test
    void undatedIsHeldOnEveryDate() {
        assertThat(Held.of(BE).on(DAY)).isEqualTo(Holding.SURELY);
        assertThat(Held.of(BE).dated()).isFalse();
    }

    @Test
    void aDatedValueIsSurelyHeldOnlyWhenBothEndsLeaveNoDoubt() {
        Held<Country> resident = Held.between(BE, ApproximateDate.year(2016), ApproximateDate.year(2019));
        assertThat(resident.on(DAY)).isEqualTo(Holding.SURELY);
        assertThat(resident.on(ApproximateDate.on(2015, 12, 31))).isEqualTo(Holding.NOT);
        assertThat(resident.on(ApproximateDate.on(2020, 1, 1))).isEqualTo(Holding.NOT);
        // within the start's year or the end's year, it may or may not have been held
        assertThat(resident.on(ApproximateDate.on(2016, 3, 1))).isEqualTo(Holding.POSSIBLY);
        assertThat(resident.on(ApproximateDate.on(2019, 11, 30))).isEqualTo(Holding.POSSIBLY);
        assertThat(resident.possiblyHeldOn(ApproximateDate.on(2019, 11, 30))).isTrue();
        assertThat(resident.surelyHeldOn(ApproximateDate.on(2019, 11, 30))).isFalse();
    }

    @Test
    void anApproximateDateAskedAboutIsAsUncertainAsItsSpan() {
        Held<Person.Role> journalist = Held.since(Person.Role.JOURNALIST, ApproximateDate.month(2017, 3));
        assertThat(journalist.on(ApproximateDate.month(2017, 4))).isEqualTo(Holding.SURELY);
        // a request of "2017" may be from January, before the role began
        assertThat(journalist.on(ApproximateDate.year(2017))).isEqualTo(Holding.POSSIBLY);
        assertThat(journalist.on(ApproximateDate.of("2016~"))).isEqualTo(Holding.POSSIBLY);
        assertThat(journalist.on(ApproximateDate.year(2016))).isEqualTo(Holding.NOT);
        // "about 2013": anywhere in 2012-2014
        Held<Person.Role> about = Held.since(Person.Role.LAWYER, ApproximateDate.of("2013~"));
        assertThat(about.on(ApproximateDate.year(2014))).isEqualTo(Holding.POSSIBLY);
        assertThat(about.on(ApproximateDate.year(2015))).isEqualTo(Holding.SURELY);
        assertThat(about.on(ApproximateDate.year(2011))).isEqualTo(Holding.NOT);
    }

    @Test
    void openEndsAreOpen() {
        Held<Country> until = new Held<>(BE, Optional.empty(), Optional.of(ApproximateDate.year(2019)), Optional.empty());
        assertThat(until.on(ApproximateDate.year(1990))).isEqualTo(Holding.SURELY);
        assertThat(until.on(ApproximateDate.year(2020))).isEqualTo(Holding.NOT);
        assertThat(Held.since(BE, ApproximateDate.year(2019)).on(ApproximateDate.year(2040))).isEqualTo(Holding.SURELY);
    }

    @Test
    void anEndBeforeTheStartIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Held.between(BE, ApproximateDate.year(2019), ApproximateDate.year(2016)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.field()).isEqualTo("until");
                    assertThat(e.problem(java.util.Locale.ENGLISH)).contains("2016", "2019");
                    assertThat(e.problem(java.util.Locale.FRENCH)).contains("avant de commencer");
                });
        // overlapping approximate ends are not contradictory
        assertThat(Held.between(BE, ApproximateDate.of("2016~"), ApproximateDate.year(2016)).dated()).isTrue();
    }

    @Test
    void aPersonRecordedBeforeValidTimeHasEveryFactHeldWithNoDatesAndItsDatedSourcesAreReferences() {
        Person old = Samples.target();
        assertThat(old.roles()).containsExactly(Held.of(Person.Role.JOURNALIST));
        assertThat(old.everyRole()).containsExactly(Person.Role.JOURNALIST);
        assertThat(old.hadRole(Person.Role.JOURNALIST)).isTrue();
        Person brother = Samples.brother();
        assertThat(brother.everyResidence()).containsExactly(Country.of("LT"), Country.of("BY"));
        assertThat(brother.referencedIds()).contains(Samples.SOURCE_2);
        assertThat(List.copyOf(brother.everyNationality())).containsExactly(Country.of("BY"));
    }
}
