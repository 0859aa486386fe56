package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.names.ComparatorFixture.pairs;
import static org.tutela.core.names.ComparatorFixture.passes;

class ExactComparatorTest {
    private final ExactComparator c = new ExactComparator();

    @Test
    void theSameAfterNormalisation() {
        assertThat(pairs(c, "OKSANA", "oksana", PartMatch.Kind.EXACT).similarity()).isEqualTo(1.0);
        passes(c, "Oksana", "Oxana");
    }
}
