package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.RecordId;

/** The band rules, on results made up flag by flag from the standard pack's weights. */
class AssessmentTest {
    static final RulePack PACK = RulePack.standard();

    /** Every flag not fired, except those given: "F" fired, "N" not evaluable. */
    static List<FlagResult> results(Map<String, String> given) {
        List<FlagResult> results = new ArrayList<>();
        for (RedFlag flag : PACK.flags()) {
            String how = given.getOrDefault(flag.id(), "-");
            Outcome outcome = switch (how) {
                case "F" -> new Outcome.Fired(List.of(new Fact(RecordId.of("request-x"), "fact", List.of(), Optional.empty())));
                case "N" -> new Outcome.NotEvaluable("data missing", List.of(new Question(Question.Addressee.REQUESTING_STATE, "?")));
                default -> new Outcome.NotFired("no");
            };
            results.add(new FlagResult(flag, outcome));
        }
        return results;
    }

    static Assessment assess(Map<String, String> given) {
        return Assessment.of(results(given), PACK);
    }

    @Test
    void theWeightsAreThoseTheBandRulesAssume() {
        assertThat(PACK.flag("TNR-01").orElseThrow().severity()).isEqualTo(Severity.BAR);
        assertThat(PACK.flag("TNR-03").orElseThrow().severity()).isEqualTo(Severity.BAR);
        assertThat(PACK.flag("TNR-05").orElseThrow().severity()).isEqualTo(Severity.SERIOUS);
        assertThat(PACK.flag("TNR-08").orElseThrow().severity()).isEqualTo(Severity.INDICATOR);
        assertThat(PACK.flag("TNR-10").orElseThrow().severity()).isEqualTo(Severity.SAFEGUARD);
        assertThat(PACK.flag("TNR-15").orElseThrow().severity()).isEqualTo(Severity.CONTEXT);
    }

    @Test
    void aBarFlagAloneRefuses() {
        Assessment a = assess(Map.of("TNR-01", "F"));
        assertThat(a.band()).isEqualTo(Band.REFUSE);
        assertThat(a.drivenBy()).containsExactly("TNR-01");
    }

    @Test
    void twoSeriousFlagsOrASeriousFlagWithAnIndicatorRefuse() {
        assertThat(assess(Map.of("TNR-05", "F", "TNR-06", "F")).band()).isEqualTo(Band.REFUSE);
        assertThat(assess(Map.of("TNR-05", "F", "TNR-08", "F")).band()).isEqualTo(Band.REFUSE);
    }

    @Test
    void oneSeriousFlagOrIndicatorsAloneSuspend() {
        assertThat(assess(Map.of("TNR-07", "F")).band()).isEqualTo(Band.SUSPEND_AND_REQUIRE_ASSURANCES);
        Assessment indicators = assess(Map.of("TNR-08", "F", "TNR-13", "F"));
        assertThat(indicators.band()).isEqualTo(Band.SUSPEND_AND_REQUIRE_ASSURANCES);
        assertThat(indicators.drivenBy()).containsExactly("TNR-08", "TNR-13");
    }

    @Test
    void safeguardFlagsAloneProceedWithSafeguards() {
        Assessment a = assess(Map.of("TNR-09", "F", "TNR-11", "F"));
        assertThat(a.band()).isEqualTo(Band.PROCEED_WITH_SAFEGUARDS);
        assertThat(a.drivenBy()).containsExactly("TNR-09", "TNR-11");
    }

    @Test
    void theRequestingStatesRecordNeverRaisesTheBand() {
        assertThat(assess(Map.of("TNR-15", "F")).band()).isEqualTo(Band.NO_CONCERN_FOUND);
        assertThat(assess(Map.of("TNR-15", "F", "TNR-10", "F")).band()).isEqualTo(Band.PROCEED_WITH_SAFEGUARDS);
        assertThat(assess(Map.of("TNR-15", "F", "TNR-08", "F")).band()).isEqualTo(Band.SUSPEND_AND_REQUIRE_ASSURANCES);
        assertThat(assess(Map.of("TNR-15", "F")).drivenBy()).isEmpty();
    }

    @Test
    void aBarFlagThatCouldNotBeEvaluatedIsNeverClearedSilently() {
        Assessment nothingFired = assess(Map.of("TNR-01", "N"));
        assertThat(nothingFired.band()).isEqualTo(Band.PROCEED_WITH_SAFEGUARDS);
        assertThat(nothingFired.notAssessed()).singleElement().asString().startsWith("TNR-01");
        assertThat(nothingFired.complete()).isFalse();
        assertThat(assess(Map.of("TNR-03", "N", "TNR-10", "F")).band()).isEqualTo(Band.SUSPEND_AND_REQUIRE_ASSURANCES);
    }

    @Test
    void noConcernStillSaysWhatCouldNotBeAssessed() {
        Assessment a = assess(Map.of("TNR-14", "N", "TNR-07", "N"));
        assertThat(a.band()).isEqualTo(Band.NO_CONCERN_FOUND);
        assertThat(a.notAssessed()).hasSize(2);
        RulePack pack = RulePack.standard();
        assertThat(a.reasoning()).anyMatch(r -> r.contains("Could not be assessed") && r.contains(pack.flag("TNR-07").orElseThrow().title())
                && r.contains(pack.flag("TNR-14").orElseThrow().title()));
        assertThat(assess(Map.of()).complete()).isTrue();
    }

    @Test
    void everyAssessmentSaysItIsAdviceAndWordsItsBand() {
        Assessment a = assess(Map.of());
        assertThat(a.advisory()).contains("advice").contains("not a decision");
        assertThat(a.reasoning()).contains(PACK.bandMeaning(Band.NO_CONCERN_FOUND));
    }
}
