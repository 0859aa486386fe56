package org.tutela.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The overall advice: a band, the flags that drove it, the reasoning in words, what could not be
 * assessed, and the statement that this is advice to a human authority, never a decision.
 *
 * <p>The band rules (worded for readers in the rule pack's data file, {@code band.*}):
 * <ol>
 * <li>REFUSE when a BAR flag fires; or two SERIOUS flags; or a SERIOUS flag with an INDICATOR flag.</li>
 * <li>SUSPEND_AND_REQUIRE_ASSURANCES when one SERIOUS flag fires, or INDICATOR flags fire; or when
 * SAFEGUARD flags fire while a BAR flag could not be evaluated.</li>
 * <li>PROCEED_WITH_SAFEGUARDS when only SAFEGUARD flags fire; or when nothing fires but a BAR flag
 * could not be evaluated (the safeguard is to establish those facts before executing).</li>
 * <li>NO_CONCERN_FOUND otherwise. CONTEXT flags (the requesting state's record) never raise the band.</li>
 * </ol>
 * Flags that could not be evaluated are always listed in {@link #notAssessed()}, whatever the band.
 */
public record Assessment(Band band, List<String> drivenBy, List<String> reasoning, List<String> notAssessed,
                         String advisory) {

    public Assessment {
        drivenBy = List.copyOf(drivenBy);
        reasoning = List.copyOf(reasoning);
        notAssessed = List.copyOf(notAssessed);
    }

    /** True when every flag could be evaluated. */
    public boolean complete() {
        return notAssessed.isEmpty();
    }

    /** Applies the band rules to a screening's results. */
    public static Assessment of(List<FlagResult> results, RulePack pack) {
        return of(results, pack, List.of());
    }

    /**
     * Applies the band rules, then holds the band at SUSPEND_PENDING_IDENTIFICATION or graver when a
     * provisional reading (a strong, unconfirmed candidate taken as the person named) would fire a bar
     * or be refused.
     */
    public static Assessment of(List<FlagResult> results, RulePack pack, List<ProvisionalReading> provisional) {
        Assessment confirmed = ofConfirmed(results, pack);
        List<ProvisionalReading> grave = provisional.stream()
                .filter(p -> !p.bars().isEmpty() || p.band() == Band.REFUSE).toList();
        if (grave.isEmpty()) {
            return confirmed;
        }
        List<String> reasoning = new ArrayList<>();
        for (ProvisionalReading p : grave) {
            reasoning.add("Provisional: if '" + p.asWritten() + "' is the registry's " + p.candidate().value() + " (suggested with score "
                    + String.format(java.util.Locale.ROOT, "%.2f", p.score()) + ", not confirmed), these flags fire: "
                    + titles(p.fired()) + "; the band would be " + p.band() + ".");
        }
        List<String> drivers = new ArrayList<>(confirmed.drivenBy());
        grave.forEach(p -> p.bars().forEach(b -> drivers.add(b.flag().id())));
        if (Band.SUSPEND_PENDING_IDENTIFICATION.graverThan(confirmed.band())) {
            reasoning.add("The identity is not confirmed and a bar would fire on the strongest candidate: suspend until a "
                    + "reviewer confirms or rejects it.");
            reasoning.add(pack.bandMeaning(Band.SUSPEND_PENDING_IDENTIFICATION));
            reasoning.addAll(confirmed.reasoning().stream().filter(r -> !r.equals(pack.bandMeaning(confirmed.band()))).toList());
            return new Assessment(Band.SUSPEND_PENDING_IDENTIFICATION, drivers.stream().distinct().toList(), reasoning,
                    confirmed.notAssessed(), confirmed.advisory());
        }
        reasoning.addAll(0, confirmed.reasoning());
        return new Assessment(confirmed.band(), drivers.stream().distinct().toList(), reasoning, confirmed.notAssessed(),
                confirmed.advisory());
    }

    private static Assessment ofConfirmed(List<FlagResult> results, RulePack pack) {
        List<FlagResult> bars = fired(results, Severity.BAR);
        List<FlagResult> serious = fired(results, Severity.SERIOUS);
        List<FlagResult> indicators = fired(results, Severity.INDICATOR);
        List<FlagResult> safeguards = fired(results, Severity.SAFEGUARD);
        List<FlagResult> context = fired(results, Severity.CONTEXT);
        List<FlagResult> unassessedBars = results.stream()
                .filter(r -> r.notEvaluable() && r.flag().severity() == Severity.BAR).toList();

        Band band;
        List<FlagResult> drivers = new ArrayList<>();
        List<String> reasoning = new ArrayList<>();
        if (!bars.isEmpty()) {
            band = Band.REFUSE;
            drivers.addAll(bars);
            reasoning.add("A flag that is on its own a bar to cooperation fired: " + titles(bars) + ".");
        } else if (serious.size() >= 2) {
            band = Band.REFUSE;
            drivers.addAll(serious);
            reasoning.add("Several serious signs that the request serves persecution fired together: " + titles(serious) + ".");
        } else if (serious.size() == 1 && !indicators.isEmpty()) {
            band = Band.REFUSE;
            drivers.addAll(serious);
            drivers.addAll(indicators);
            reasoning.add("A serious sign (" + titles(serious) + ") is corroborated by signs of political motivation ("
                    + titles(indicators) + ").");
        } else if (serious.size() == 1 || !indicators.isEmpty()) {
            band = Band.SUSPEND_AND_REQUIRE_ASSURANCES;
            drivers.addAll(serious);
            drivers.addAll(indicators);
            reasoning.add("A sign of possible political motivation fired (" + titles(drivers) + "), not enough on its own to "
                    + "refuse: clarification and assurances are needed before any execution.");
        } else if (!safeguards.isEmpty() && !unassessedBars.isEmpty()) {
            band = Band.SUSPEND_AND_REQUIRE_ASSURANCES;
            drivers.addAll(safeguards);
            drivers.addAll(unassessedBars);
            reasoning.add("Flags calling for safeguards fired (" + titles(safeguards) + ") while flags that would bar "
                    + "cooperation could not be evaluated (" + titles(unassessedBars) + "): establish those facts first.");
        } else if (!safeguards.isEmpty()) {
            band = Band.PROCEED_WITH_SAFEGUARDS;
            drivers.addAll(safeguards);
            reasoning.add("Only flags calling for conditions on the execution fired: " + titles(safeguards) + ".");
        } else if (!unassessedBars.isEmpty()) {
            band = Band.PROCEED_WITH_SAFEGUARDS;
            drivers.addAll(unassessedBars);
            reasoning.add("No flag fired, but flags that would bar cooperation could not be evaluated (" + titles(unassessedBars)
                    + "): establish those facts before executing the request.");
        } else {
            band = Band.NO_CONCERN_FOUND;
            reasoning.add("No flag that weighs on the assessment fired.");
        }
        reasoning.add(pack.bandMeaning(band));
        if (!context.isEmpty()) {
            reasoning.add("Context, which does not change the band: " + titles(context) + ".");
        }
        List<String> notAssessed = results.stream().filter(FlagResult::notEvaluable)
                .map(r -> r.flag().id() + " " + r.flag().title() + ": " + ((Outcome.NotEvaluable) r.outcome()).missing())
                .toList();
        if (!notAssessed.isEmpty()) {
            reasoning.add("Could not be assessed, for lack of data (see the questions to ask): "
                    + results.stream().filter(FlagResult::notEvaluable).map(r -> r.flag().id()).collect(Collectors.joining(", ")) + ".");
        }
        return new Assessment(band, drivers.stream().map(r -> r.flag().id()).distinct().toList(), reasoning, notAssessed,
                pack.advisory());
    }

    private static List<FlagResult> fired(List<FlagResult> results, Severity severity) {
        return results.stream().filter(r -> r.fired() && r.flag().severity() == severity).toList();
    }

    private static String titles(List<FlagResult> results) {
        return results.stream().map(r -> r.flag().id() + " " + r.flag().title()).distinct().collect(Collectors.joining("; "));
    }
}
