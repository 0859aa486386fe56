package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.names.ComparatorFixture.ANALYSER;
import static org.tutela.core.names.ComparatorFixture.part;

class JoinedPartsTest {
    private final JoinedParts joined = new JoinedParts(PartComparators.standard(ANALYSER.equivalents(), ANALYSER::part), ANALYSER::part);

    @Test
    void wordsRunTogether() {
        List<NamePart> run = List.of(part("Sergei"), part("Lavrov"));
        assertThat(joined.compare(run, 0, 1, part("SergeiLavrov")))
                .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(PartMatch.Kind.JOINED));
    }

    @Test
    void initialsForSeveralParts() {
        List<NamePart> run = List.of(part("Jean"), part("Claude"));
        assertThat(joined.compare(run, 0, 1, part("jc")))
                .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(PartMatch.Kind.INITIALS));
    }

    @Test
    void twoUnrelatedWordsAreNotOne() {
        assertThat(joined.compare(List.of(part("Sergei"), part("Lavrov")), 0, 1, part("Mikhailovsky"))).isEmpty();
    }
}
