package org.tutela.benchmarks.accuracy;

import org.junit.jupiter.api.Test;
import org.tutela.benchmarks.kinds.PairKind;
import org.tutela.benchmarks.matching.BenchName;
import org.tutela.benchmarks.matching.Candidate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RetrievalEvaluationTest {

    // invented persons: A has a Latin and a Cyrillic spelling, B and C one spelling each
    private static final BenchName A_LATIN = BenchName.bare("a/0", "A", "Ivan Petrenko");
    private static final BenchName A_CYRILLIC = BenchName.bare("a/1", "A", "Иван Петренко");
    private static final BenchName B = BenchName.bare("b/0", "B", "Ivan Petrenkov");
    private static final BenchName C = BenchName.bare("c/0", "C", "Olga Marchuk");

    private static Candidate c(BenchName n, double score) {
        return new Candidate(n.id(), n.entityId(), score);
    }

    @Test
    void figuresOfAHandWorkedExample() {
        ScriptedMatcher matcher = new ScriptedMatcher(0.9)
                // the own record first (must be ignored), then a wrong person above the threshold,
                // the right spelling below it
                .ranking(A_LATIN.id(), c(A_LATIN, 1.0), c(B, 0.95), c(A_CYRILLIC, 0.85))
                // right spelling first and above the threshold
                .ranking(A_CYRILLIC.id(), c(A_CYRILLIC, 1.0), c(A_LATIN, 0.92), c(B, 0.5))
                .ranking(C.id(), c(C, 1.0), c(B, 0.99));
        RetrievalTask task = new RetrievalTask("example", "hand-made", List.of(A_LATIN, A_CYRILLIC, B, C),
                List.of(A_LATIN, A_CYRILLIC, C));

        RetrievalResult r = RetrievalEvaluation.evaluate(matcher, task, 2);

        // C has no other spelling: it is not a query of the figures
        assertThat(r.queries()).isEqualTo(2);
        assertThat(r.recallAt1()).isEqualTo(new Ratio(1, 2));
        assertThat(r.recallAt10()).isEqualTo(new Ratio(2, 2));
        // alerts: B for the Latin query (wrong), A_LATIN for the Cyrillic query (right)
        assertThat(r.precisionAtThreshold()).isEqualTo(new Ratio(1, 2));
        assertThat(r.pairRecallAtThreshold()).isEqualTo(new Ratio(1, 2));
        assertThat(r.pairF1AtThreshold()).isCloseTo(0.5, within(1e-9));

        RetrievalResult.KindResult crossScript = r.byKind().get(PairKind.CYRILLIC_LATIN.name());
        assertThat(crossScript.recallAt1()).isEqualTo(new Ratio(1, 2));
        assertThat(crossScript.recallAt10()).isEqualTo(new Ratio(2, 2));
        // the right alert is a Cyrillic-Latin pair; the wrong alert (Ivan Petrenko / Ivan Petrenkov) is Latin-Latin
        assertThat(crossScript.precisionAtThreshold()).isEqualTo(new Ratio(1, 1));
        assertThat(r.byKind().get(PairKind.LATIN_VARIANT.name()).precisionAtThreshold()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void aSpellingOfAnotherKindDoesNotHideWhetherTheKindWasFound() {
        BenchName latin2 = BenchName.bare("a/2", "A", "Ivan Petrenko");
        ScriptedMatcher matcher = new ScriptedMatcher(0.9)
                .ranking(A_LATIN.id(), c(latin2, 1.0), c(B, 0.95), c(A_CYRILLIC, 0.80));
        RetrievalTask task = new RetrievalTask("example", "hand-made", List.of(A_LATIN, latin2, A_CYRILLIC, B),
                List.of(A_LATIN));

        RetrievalResult r = RetrievalEvaluation.evaluate(matcher, task, 1);

        assertThat(r.recallAt1()).isEqualTo(new Ratio(1, 1));
        // for the Cyrillic-Latin kind the identical Latin spelling is taken out: B is then first, the Cyrillic second
        RetrievalResult.KindResult crossScript = r.byKind().get(PairKind.CYRILLIC_LATIN.name());
        assertThat(crossScript.recallAt1()).isEqualTo(new Ratio(0, 1));
        assertThat(crossScript.recallAt10()).isEqualTo(new Ratio(1, 1));
        assertThat(crossScript.pairRecallAtThreshold()).isEqualTo(new Ratio(0, 1));
    }
}
