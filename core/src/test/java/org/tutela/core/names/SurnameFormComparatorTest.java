package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.names.ComparatorFixture.pairs;
import static org.tutela.core.names.ComparatorFixture.part;
import static org.tutela.core.names.ComparatorFixture.passes;

class SurnameFormComparatorTest {
    private final SurnameFormComparator c = new SurnameFormComparator();

    @Test
    void feminineAndMasculineFormsOfOneSurname() {
        pairs(c, "Ivanova", "Ivanov", PartMatch.Kind.SURNAME_FORM);
        pairs(c, "Сергеева", "Sergeev", PartMatch.Kind.SURNAME_FORM);
        pairs(c, "Жданковская", "Zhdankovskiy", PartMatch.Kind.SURNAME_FORM);
        pairs(c, "Putina", "Putin", PartMatch.Kind.SURNAME_FORM);
    }

    @Test
    void aSurnameWithAndWithoutItsRussianSuffix() {
        assertThat(pairs(c, "Джардемалиева", "Jardemalie", PartMatch.Kind.SURNAME_FORM).similarity())
                .isLessThan(SurnameFormComparator.OTHER_GENDER);
        pairs(c, "Jardemaliyeva", "Dzhardemali", PartMatch.Kind.SURNAME_FORM);
        pairs(c, "Rahmonov", "Rahmon", PartMatch.Kind.SURNAME_FORM);
        pairs(c, "Nováková", "Novák", PartMatch.Kind.SURNAME_FORM);
    }

    @Test
    void notTwoGivenNamesNorAShortStemNorOtherStems() {
        assertThat(c.compare(part("Karina", NamePart.Role.GIVEN), part("Karin", NamePart.Role.GIVEN))).isEmpty();
        assertThat(c.compare(part("Ivan", NamePart.Role.GIVEN), part("Ivanov", NamePart.Role.SURNAME))).isEmpty();
        passes(c, "Ivan", "Ivanov");
        passes(c, "Ivanova", "Petrov");
        passes(c, "Ivanova", "Ivanova");
    }
}
