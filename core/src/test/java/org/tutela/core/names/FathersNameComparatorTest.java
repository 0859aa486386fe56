package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.names.ComparatorFixture.ANALYSER;
import static org.tutela.core.names.ComparatorFixture.part;

class FathersNameComparatorTest {
    private final FathersNameComparator c = new FathersNameComparator(ANALYSER.equivalents(), ANALYSER::part);

    @Test
    void patronymicsOfFormsOfOneGivenName() {
        assertThat(c.compare(part("Aleksandrovich", NamePart.Role.PATRONYMIC), part("Олександрович", NamePart.Role.PATRONYMIC)))
                .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(PartMatch.Kind.EQUIVALENT));
    }

    @Test
    void onlyPatronymicsAndOnlyOneFather() {
        assertThat(c.compare(part("Aliaksandravich"), part("Олександрович"))).isEmpty();
        assertThat(c.compare(part("Ivanovich", NamePart.Role.PATRONYMIC), part("Petrovich", NamePart.Role.PATRONYMIC))).isEmpty();
    }
}
