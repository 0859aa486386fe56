package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {
    @Test
    void anAdjacentSwapIsOneEdit() {
        assertThat(EditDistance.of("abcd", "abdc", 2)).isEqualTo(1);
        assertThat(EditDistance.of("ca", "abc", 2)).isEqualTo(3);
    }

    @Test
    void aRangeOfTheSecondArrayIsCompared() {
        int[][] rows = new int[3][16];
        assertThat(EditDistance.of("abcd".codePoints().toArray(), "xabcd".codePoints().toArray(), 1, 5, 2, rows)).isZero();
    }

    @Test
    void beyondTheBoundItGivesUpAtBoundPlusOne() {
        assertThat(EditDistance.of("kitten", "sitting", 1)).isEqualTo(2);
        assertThat(EditDistance.of("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(EditDistance.of("a", "abcdef", 2)).isEqualTo(3);
    }
}
