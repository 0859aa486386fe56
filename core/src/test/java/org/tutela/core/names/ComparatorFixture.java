package org.tutela.core.names;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Parts analysed as the matcher sees them, for testing one comparator on its own pairs. */
final class ComparatorFixture {
    static final NameAnalyser ANALYSER = NameAnalyser.standard();

    private ComparatorFixture() {
    }

    static NamePart part(String word) {
        return ANALYSER.part(ANALYSER.normaliser().normalise(word));
    }

    static NamePart part(String word, NamePart.Role role) {
        return part(word).withRole(role);
    }

    /** The comparator's answer, which must be a pairing of the given kind. */
    static Correspondence pairs(PartComparator c, String a, String b, PartMatch.Kind kind) {
        Optional<Correspondence> r = c.compare(part(a), part(b));
        assertThat(r).as(a + " / " + b).isPresent();
        assertThat(r.get().kind()).as(a + " / " + b).isEqualTo(kind);
        assertThat(r.get().pairs()).as(a + " / " + b).isTrue();
        assertThat(r.get().detail().get()).isNotBlank();
        return r.get();
    }

    static void passes(PartComparator c, String a, String b) {
        assertThat(c.compare(part(a), part(b))).as(a + " / " + b).isEmpty();
    }
}
