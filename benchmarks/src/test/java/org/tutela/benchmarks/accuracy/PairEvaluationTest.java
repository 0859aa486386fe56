package org.tutela.benchmarks.accuracy;

import org.junit.jupiter.api.Test;
import org.tutela.benchmarks.datasets.LabelledPair;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PairEvaluationTest {

    @Test
    void f1OfAHandWorkedExample() {
        List<LabelledPair> pairs = List.of(
                new LabelledPair(2, "nk_x", "Person", "a", "a2", true, ""),   // 0.95: TP
                new LabelledPair(3, "nk_x", "Person", "b", "b2", true, ""),   // 0.50: FN
                new LabelledPair(4, "nk_x", "Person", "c", "d", false, ""),   // 0.91: FP
                new LabelledPair(5, "nk_x", "Person", "e", "f", false, ""),   // 0.10: TN
                new LabelledPair(6, "synth_x", "Person", "g", "g2", true, "LLM-proposed deviation"));
        ScriptedMatcher matcher = new ScriptedMatcher(0.9)
                .pair("a", "a2", 0.95).pair("b", "b2", 0.5).pair("c", "d", 0.91).pair("e", "f", 0.1)
                .pair("g", "g2", 0.99);

        PairEvaluation.PairResult r = PairEvaluation.evaluate(matcher, pairs, "nk",
                p -> p.origin() == LabelledPair.Origin.HAND_CURATED);

        assertThat(r.pairs()).isEqualTo(4);
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.falsePositives()).isEqualTo(1);
        assertThat(r.falseNegatives()).isEqualTo(1);
        assertThat(r.trueNegatives()).isEqualTo(1);
        assertThat(r.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(r.f1()).isCloseTo(0.5, within(1e-9));
        assertThat(pairs.get(4).origin()).isEqualTo(LabelledPair.Origin.MACHINE_GENERATED);
    }

    @Test
    void noPredictedMatchGivesNoPrecisionRatherThanZero() {
        PairEvaluation.PairResult r = PairEvaluation.evaluate(new ScriptedMatcher(0.9),
                List.of(new LabelledPair(2, "nk_x", "Person", "a", "b", true, "")), "nk", p -> true);
        assertThat(r.precision()).isNaN();
        assertThat(r.recall()).isZero();
        assertThat(r.f1()).isNaN();
    }
}
