package org.tutela.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.Alert;
import org.tutela.core.screening.Assessment;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.FlagResult;
import org.tutela.core.screening.Identification;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RedFlag;
import org.tutela.core.screening.Resolution;
import org.tutela.core.screening.RulePack;
import org.tutela.core.screening.ScreeningReport;

/** What a viewer is shown of a stored report, on a report made by hand: every reference the viewer cannot see is gone. */
class ReportRedactionTest {
    static final RulePack PACK = RulePack.standard();
    static final RecordId REQUEST = RecordId.of("request-1");
    static final RecordId SEEN = RecordId.of("decision-seen");
    static final RecordId HIDDEN = RecordId.of("decision-hidden");
    static final RecordId HIDDEN_SOURCE = RecordId.of("source-hidden");
    static final RecordId SEEN_PERSON = RecordId.of("person-seen");
    static final RecordId HIDDEN_PERSON = RecordId.of("person-hidden");
    static final Set<RecordId> VISIBLE = Set.of(SEEN, SEEN_PERSON, RecordId.of("source-seen"));

    final ReportRedaction redaction = new ReportRedaction(ids -> ids.stream().filter(VISIBLE::contains).collect(Collectors.toSet()), PACK);

    static Fact fact(RecordId record, String statement, RecordId... sources) {
        return new Fact(record, statement, java.util.Arrays.stream(sources).map(Citation::of).toList(), Optional.empty());
    }

    /** Two flags fired: the first on a seen and a hidden fact (the seen one citing a hidden source), the second on a hidden fact only. */
    static ScreeningReport report(boolean secondFires) {
        List<RedFlag> flags = PACK.flags();
        List<FlagResult> results = new ArrayList<>();
        for (RedFlag flag : flags) {
            Outcome outcome = new Outcome.NotFired("nothing found");
            if (flag.equals(flags.get(0))) {
                outcome = new Outcome.Fired(List.of(fact(SEEN, "seen finding", RecordId.of("source-seen"), HIDDEN_SOURCE),
                        fact(HIDDEN, "hidden finding")));
            } else if (flag.equals(flags.get(1)) && secondFires) {
                outcome = new Outcome.Fired(List.of(fact(HIDDEN, "hidden finding only")));
            }
            results.add(new FlagResult(flag, outcome));
        }
        Identification named = new Identification(new NamedPerson("SOMEONE", Optional.empty(), NamedPerson.Role.TARGET, Optional.empty()),
                List.of(new Resolution(HIDDEN_PERSON, 0.9, "a hidden namesake", Resolution.Status.SUGGESTED),
                        new Resolution(SEEN_PERSON, 0.8, "a seen namesake", Resolution.Status.SUGGESTED)));
        return new ScreeningReport(REQUEST, LocalDate.of(2021, 6, 1), PACK.version(), List.of(named), results,
                Assessment.of(results, PACK), List.of(), List.of());
    }

    @Test
    void whatTheViewerCannotSeeIsDroppedAndAFlagLeftWithoutFactsIsWithheld() {
        ScreeningReport shown = redaction.shown(report(true));
        assertThat(shown.identifications().get(0).candidates()).extracting(Resolution::person).containsExactly(SEEN_PERSON);
        FlagResult first = shown.flags().get(0);
        assertThat(first.facts()).extracting(Fact::record).containsExactly(SEEN);
        assertThat(first.facts().get(0).citations()).extracting(Citation::source).containsExactly(RecordId.of("source-seen"));
        FlagResult second = shown.flags().get(1);
        assertThat(second.status()).isEqualTo(FlagResult.Status.NOT_EVALUABLE);
        assertThat(((Outcome.NotEvaluable) second.outcome()).missing()).isEqualTo(ReportRedaction.withheld()).doesNotContain("hidden");
        assertThat(shown.assessment()).isEqualTo(Assessment.of(shown.flags(), PACK));
        assertThat(shown.toString()).doesNotContain(HIDDEN.value()).doesNotContain(HIDDEN_PERSON.value())
                .doesNotContain(HIDDEN_SOURCE.value()).doesNotContain("hidden finding").doesNotContain("hidden namesake");
    }

    @Test
    void aReportTheViewerMaySeeWhollyIsShownAsStored() {
        ReportRedaction seesAll = new ReportRedaction(ids -> Set.copyOf(ids), PACK);
        ScreeningReport stored = report(true);
        assertThat(seesAll.shown(stored)).isSameAs(stored);
    }

    @Test
    void anAlertWhoseOnlyChangeIsHiddenIsNotShownAndCausesKeepToWhatIsSeen() {
        ScreeningReport before = report(false);
        ScreeningReport after = report(true);
        Alert hiddenChange = new Alert(REQUEST, before, after, Alert.Difference.between(before, after),
                List.of(new Alert.Cause(HIDDEN, 1)));
        assertThat(redaction.shown(hiddenChange)).isEmpty();

        ReportRedaction seesAll = new ReportRedaction(ids -> Set.copyOf(ids), PACK);
        assertThat(seesAll.shown(hiddenChange)).contains(hiddenChange);
    }
}
