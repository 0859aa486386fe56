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
                         String advisory, List<Message> wording) {

    public Assessment {
        drivenBy = List.copyOf(drivenBy);
        reasoning = List.copyOf(reasoning);
        notAssessed = List.copyOf(notAssessed);
        // assessments stored before the reasoning was worded as messages have only their English lines
        wording = wording == null ? List.of() : List.copyOf(wording);
    }

    public Assessment(Band band, List<String> drivenBy, List<String> reasoning, List<String> notAssessed, String advisory) {
        this(band, drivenBy, reasoning, notAssessed, advisory, List.of());
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
        return of(results, pack, provisional, List.of());
    }

    /**
     * As above, with the possible matches among persons federation partners protect: each is said in the reasoning
     * (whom to ask, through the channel); one that would fire flag 1 (an asylum-type status against a state behind
     * the request) holds the band at SUSPEND_PENDING_IDENTIFICATION or graver, as a provisional bar does.
     */
    public static Assessment of(List<FlagResult> results, RulePack pack, List<ProvisionalReading> provisional,
                                List<PartnerMatch> partnerMatches) {
        Lines confirmed = ofConfirmed(results, pack);
        List<ProvisionalReading> grave = provisional.stream()
                .filter(p -> !p.bars().isEmpty() || p.band() == Band.REFUSE).toList();
        List<PartnerMatch> partnerBars = partnerMatches.stream().filter(PartnerMatch::bar).toList();
        if (grave.isEmpty() && partnerBars.isEmpty()) {
            if (partnerMatches.isEmpty()) {
                return confirmed.assessment(pack);
            }
            partnerMatches.forEach(m -> confirmed.add(partnerLine(m)));
            return confirmed.assessment(pack);
        }
        Lines lines = new Lines();
        for (ProvisionalReading p : grave) {
            lines.add(Message.of("assessment.provisional", p.asWritten(), p.candidateName(),
                    String.format(java.util.Locale.ROOT, "%.2f", p.score()), flags(p.fired()), p.band()));
        }
        for (PartnerMatch m : partnerMatches) {
            lines.add(partnerLine(m));
        }
        List<String> drivers = new ArrayList<>(confirmed.drivers);
        grave.forEach(p -> p.bars().forEach(b -> drivers.add(b.flag().id())));
        if (!partnerBars.isEmpty()) {
            drivers.add(org.tutela.core.screening.flags.RefugeeFromRequestingState.ID);
        }
        if (Band.SUSPEND_PENDING_IDENTIFICATION.graverThan(confirmed.band)) {
            lines.add(Message.of(grave.isEmpty() ? "assessment.partner-match.suspend" : "assessment.provisional.suspend"));
            lines.bandMeaning(pack, Band.SUSPEND_PENDING_IDENTIFICATION);
            lines.addAll(confirmed.withoutBandMeaning());
            lines.band = Band.SUSPEND_PENDING_IDENTIFICATION;
        } else {
            Lines all = new Lines();
            all.addAll(confirmed);
            all.addAll(lines);
            lines = all;
            lines.band = confirmed.band;
        }
        lines.drivers.addAll(drivers);
        lines.notAssessed.addAll(confirmed.notAssessed);
        return lines.assessment(pack);
    }

    /** A possible match in the reasoning: who may be protected, by which partner, and that it is to be asked, never assumed. */
    private static Message partnerLine(PartnerMatch m) {
        PartnerProtection.Hit h = m.hit();
        return m.bar()
                ? Message.of("assessment.partner-match.bar", h.asWritten(), h.partner(), h.type(), h.grantingState(),
                        h.persecutingState().orElseThrow(), h.bulletin())
                : Message.of("assessment.partner-match", h.asWritten(), h.partner(), h.type(), h.grantingState(), h.bulletin());
    }

    private static Lines ofConfirmed(List<FlagResult> results, RulePack pack) {
        List<FlagResult> bars = fired(results, Severity.BAR);
        List<FlagResult> serious = fired(results, Severity.SERIOUS);
        List<FlagResult> indicators = fired(results, Severity.INDICATOR);
        List<FlagResult> safeguards = fired(results, Severity.SAFEGUARD);
        List<FlagResult> context = fired(results, Severity.CONTEXT);
        List<FlagResult> unassessedBars = results.stream()
                .filter(r -> r.notEvaluable() && r.flag().severity() == Severity.BAR).toList();

        Lines lines = new Lines();
        List<FlagResult> drivers = new ArrayList<>();
        if (!bars.isEmpty()) {
            lines.band = Band.REFUSE;
            drivers.addAll(bars);
            lines.add(Message.of("assessment.bar", flags(bars)));
        } else if (serious.size() >= 2) {
            lines.band = Band.REFUSE;
            drivers.addAll(serious);
            lines.add(Message.of("assessment.serious-together", flags(serious)));
        } else if (serious.size() == 1 && !indicators.isEmpty()) {
            lines.band = Band.REFUSE;
            drivers.addAll(serious);
            drivers.addAll(indicators);
            lines.add(Message.of("assessment.serious-corroborated", flags(serious), flags(indicators)));
        } else if (serious.size() == 1 || !indicators.isEmpty()) {
            lines.band = Band.SUSPEND_AND_REQUIRE_ASSURANCES;
            drivers.addAll(serious);
            drivers.addAll(indicators);
            lines.add(Message.of("assessment.suspend", flags(drivers)));
        } else if (!safeguards.isEmpty() && !unassessedBars.isEmpty()) {
            lines.band = Band.SUSPEND_AND_REQUIRE_ASSURANCES;
            drivers.addAll(safeguards);
            drivers.addAll(unassessedBars);
            lines.add(Message.of("assessment.safeguards-unassessed-bars", flags(safeguards), flags(unassessedBars)));
        } else if (!safeguards.isEmpty()) {
            lines.band = Band.PROCEED_WITH_SAFEGUARDS;
            drivers.addAll(safeguards);
            lines.add(Message.of("assessment.safeguards", flags(safeguards)));
        } else if (!unassessedBars.isEmpty()) {
            lines.band = Band.PROCEED_WITH_SAFEGUARDS;
            drivers.addAll(unassessedBars);
            lines.add(Message.of("assessment.unassessed-bars", flags(unassessedBars)));
        } else {
            lines.band = Band.NO_CONCERN_FOUND;
            lines.add(Message.of("assessment.none"));
        }
        lines.bandMeaning(pack, lines.band);
        if (!context.isEmpty()) {
            lines.add(Message.of("assessment.context", flags(context)));
        }
        List<FlagResult> unassessed = results.stream().filter(FlagResult::notEvaluable).toList();
        unassessed.forEach(r -> lines.notAssessed.add(r.flag().id() + " " + r.flag().title() + ": "
                + ((Outcome.NotEvaluable) r.outcome()).missing()));
        if (!unassessed.isEmpty()) {
            lines.add(Message.of("assessment.not-assessed", flags(unassessed)));
        }
        drivers.forEach(r -> lines.drivers.add(r.flag().id()));
        return lines;
    }

    /** The lines of the reasoning as they are built: each a message, and its English words. */
    private static final class Lines {
        final List<Message> messages = new ArrayList<>();
        final List<String> english = new ArrayList<>();
        final List<String> drivers = new ArrayList<>();
        final List<String> notAssessed = new ArrayList<>();
        Message bandMeaning;
        Band band;

        void add(Message m) {
            messages.add(m);
            english.add(FactWording.render(m, java.util.Locale.ENGLISH, m.key()));
        }

        /** The band's meaning as the pack in use words it (a translation, if any, is the standard pack's). */
        void bandMeaning(RulePack pack, Band b) {
            bandMeaning = Message.of("band." + b.name());
            messages.add(bandMeaning);
            english.add(pack.bandMeaning(b));
        }

        void addAll(Lines other) {
            messages.addAll(other.messages);
            english.addAll(other.english);
        }

        Lines withoutBandMeaning() {
            Lines out = new Lines();
            for (int i = 0; i < messages.size(); i++) {
                if (messages.get(i) != bandMeaning) {
                    out.messages.add(messages.get(i));
                    out.english.add(english.get(i));
                }
            }
            return out;
        }

        Assessment assessment(RulePack pack) {
            return new Assessment(band, drivers.stream().distinct().toList(), english, notAssessed, pack.advisory(), messages);
        }
    }

    private static List<FlagResult> fired(List<FlagResult> results, Severity severity) {
        return results.stream().filter(r -> r.fired() && r.flag().severity() == severity).toList();
    }

    /** The flags as codes, which the bundle puts into their titles. */
    private static Message.Code flags(List<FlagResult> results) {
        return new Message.Code(results.stream().map(r -> r.flag().id()).distinct().collect(Collectors.joining(",")));
    }
}
