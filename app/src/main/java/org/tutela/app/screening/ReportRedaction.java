package org.tutela.app.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.Alert;
import org.tutela.core.screening.Assessment;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.FactWording;
import org.tutela.core.screening.FlagResult;
import org.tutela.core.screening.Identification;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.ProvisionalReading;
import org.tutela.core.screening.Resolution;
import org.tutela.core.screening.RulePack;
import org.tutela.core.screening.ScreeningReport;

/**
 * A stored report or alert as one viewer may see it. Reports are computed as the request's owner sees
 * (see {@link ScreeningDesk}), and every viewer of a request is a member of its compartment, so this
 * drops nothing in the ordinary course; it is what keeps a report from showing a record when the two
 * differ: a report stored before a record moved to another compartment, or stored by an earlier
 * version that read every compartment.
 *
 * <p>Dropped, by the record references the report carries: an identification candidate whose person the
 * viewer may not see, and the provisional reading of that candidate; a fact whose record the viewer may
 * not see (in the flags and in the provisional readings); a cited source the viewer may not see.
 * A fired flag left without a fact is <em>withheld</em>: it turns into "not evaluable" with a fixed
 * sentence that says nothing of what was found, and the band is judged again on what is left. (It does
 * say that the stored result rested on something the viewer cannot see; the alternative, showing the
 * flag as not fired, would tell a judge that nothing was found when something was.) An alert is shown
 * only if, both of its reports redacted, a flag the viewer may see changed; its causes keep only
 * records the viewer may see.
 */
public final class ReportRedaction {
    private static final Message WITHHELD = Message.of("missing.withheld");
    // reports redacted before reasons were messages carry the English sentence only
    private static final String WITHHELD_TEXT = ResourceBundle.getBundle("messages/screening", java.util.Locale.ROOT).getString("screening.withheld");

    private final Function<Collection<RecordId>, Set<RecordId>> seen;
    private final RulePack pack;

    /** {@code seen} answers which of the given records the viewer may see. */
    public ReportRedaction(Function<Collection<RecordId>, Set<RecordId>> seen, RulePack pack) {
        this.seen = seen;
        this.pack = pack;
    }

    /** The sentence a withheld flag carries. */
    public static String withheld() {
        return FactWording.english(List.of(WITHHELD));
    }

    public ScreeningReport shown(ScreeningReport report) {
        return shown(report, seen.apply(references(report).toList()));
    }

    /** The alert as the viewer may see it, or nothing when what it reports is not theirs to see. */
    public Optional<Alert> shown(Alert alert) {
        Set<RecordId> visible = seen.apply(Stream.concat(Stream.concat(references(alert.before()), references(alert.after())),
                alert.cause().stream().map(Alert.Cause::record)).toList());
        ScreeningReport before = shown(alert.before(), visible);
        ScreeningReport after = shown(alert.after(), visible);
        if (before == alert.before() && after == alert.after() && alert.cause().stream().allMatch(c -> visible.contains(c.record()))) {
            return Optional.of(alert);
        }
        Alert.Difference difference = Alert.Difference.between(before, after);
        List<Alert.Cause> causes = alert.cause().stream().filter(c -> visible.contains(c.record())).toList();
        // a change in a withheld flag is a change the viewer may not see: it alone is no alert for them
        Set<String> withheld = Stream.of(before, after).flatMap(r -> r.flags().stream()).filter(ReportRedaction::withheld)
                .map(f -> f.flag().id()).collect(java.util.stream.Collectors.toSet());
        boolean seenChange = Stream.of(difference.flagsAdded(), difference.flagsRemoved(), difference.factsChanged(),
                difference.evaluabilityChanged()).flatMap(List::stream).anyMatch(id -> !withheld.contains(id));
        if (difference.isEmpty() || !seenChange) {
            return Optional.empty();
        }
        return Optional.of(new Alert(alert.requestId(), before, after, difference, causes));
    }

    private static boolean withheld(FlagResult flag) {
        return flag.outcome() instanceof Outcome.NotEvaluable n
                && (n.wording().equals(List.of(WITHHELD)) || n.wording().isEmpty() && n.missing().equals(WITHHELD_TEXT));
    }

    /** Every record a report refers to (besides its request, which the viewer holds). */
    static Stream<RecordId> references(ScreeningReport report) {
        Stream<FlagResult> everyFlag = Stream.concat(report.flags().stream(),
                report.provisional().stream().flatMap(p -> p.flags().stream()));
        return Stream.of(
                report.identifications().stream().flatMap(i -> i.candidates().stream()).map(Resolution::person),
                report.provisional().stream().map(ProvisionalReading::candidate),
                everyFlag.flatMap(f -> f.facts().stream())
                        .flatMap(f -> Stream.concat(Stream.of(f.record()), f.citations().stream().map(Citation::source))))
                .flatMap(x -> x).distinct();
    }

    private ScreeningReport shown(ScreeningReport report, Set<RecordId> visible) {
        if (references(report).allMatch(visible::contains)) {
            return report;
        }
        List<Identification> identifications = report.identifications().stream()
                .map(i -> new Identification(i.named(), i.candidates().stream().filter(c -> visible.contains(c.person())).toList()))
                .toList();
        List<FlagResult> flags = shown(report.flags(), visible);
        // a provisional reading of a candidate the viewer may not see is not shown at all; the others lose what is not theirs
        List<ProvisionalReading> provisional = report.provisional().stream().filter(p -> visible.contains(p.candidate()))
                .map(p -> {
                    List<FlagResult> read = shown(p.flags(), visible);
                    return new ProvisionalReading(p.asWritten(), p.candidate(), p.candidateName(), p.score(), p.explanation(), read,
                            Assessment.of(read, pack).band());
                }).toList();
        // a partner's possible match names no record of this registry, only the request's own name as written: it stays
        return new ScreeningReport(report.requestId(), report.asOf(), report.rulePackVersion(), identifications, flags,
                Assessment.of(flags, pack, provisional, report.partnerMatches()), report.similarStatements(), report.warnings(), provisional,
                report.warningWording(), report.partnerMatches(), report.reading());
    }

    private static List<FlagResult> shown(List<FlagResult> results, Set<RecordId> visible) {
        List<FlagResult> flags = new ArrayList<>();
        for (FlagResult flag : results) {
            if (!flag.fired()) {
                flags.add(flag);
                continue;
            }
            List<Fact> facts = flag.facts().stream().filter(f -> visible.contains(f.record()))
                    .map(f -> new Fact(f.record(), f.statement(), f.citations().stream().filter(c -> visible.contains(c.source())).toList(),
                            f.date(), f.message()))
                    .toList();
            flags.add(new FlagResult(flag.flag(), facts.isEmpty() ? new Outcome.NotEvaluable(WITHHELD, List.of()) : new Outcome.Fired(facts)));
        }
        return flags;
    }
}
