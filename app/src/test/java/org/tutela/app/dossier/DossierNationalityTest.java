package org.tutela.app.dossier;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.DateWording;
import org.tutela.core.registry.Held;

import static org.assertj.core.api.Assertions.assertThat;

/** A nationality in the dossier keeps the dates its sources give: one that ended does not read as current. */
class DossierNationalityTest {
    private static final Country KZ = Country.of("KZ");

    @Test
    void undatedItIsTheStateAlone() {
        assertThat(DossierAssembly.held(Held.of(KZ), Locale.FRENCH)).isEqualTo("Kazakhstan");
    }

    @Test
    void anEndOrAStartIsSaidWithThePrepositionItsPrecisionCallsFor() {
        ApproximateDate y2015 = ApproximateDate.year(2015);
        Held<Country> ended = new Held<>(KZ, java.util.Optional.empty(), java.util.Optional.of(y2015), java.util.Optional.empty());
        assertThat(DossierAssembly.held(ended, Locale.FRENCH)).isEqualTo("Kazakhstan " + DateWording.until(y2015, Locale.FRENCH))
                .contains("2015");
        ApproximateDate day = ApproximateDate.on(2016, 5, 3);
        assertThat(DossierAssembly.held(Held.since(Country.of("BE"), day), Locale.ENGLISH))
                .isEqualTo("Belgium " + DateWording.since(day, Locale.ENGLISH));
    }

    @Test
    void aPeriodIsWrittenWhole() {
        assertThat(DossierAssembly.held(Held.between(Country.of("BE"), ApproximateDate.year(2016), ApproximateDate.year(2019)),
                Locale.FRENCH)).isEqualTo("Belgique (2016 – 2019)");
    }
}
