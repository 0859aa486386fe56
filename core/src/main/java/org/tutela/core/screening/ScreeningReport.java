package org.tutela.core.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.testimony.SimilarStatements;

/**
 * What a screening found on one request as of one date, under one version of the rule pack: who the
 * named persons were taken to be, each flag's result, the overall assessment, the attached statements
 * found near-identical (with their shared passages, as character offsets in each attachment's text, for
 * highlighting), warnings about the request itself, the provisional readings: the flags as they
 * would be if a strong, not yet confirmed candidate were the person named, and the possible matches with
 * persons federation partners protect (references to the partner and the bulletin, never a name).
 * {@code reading} says how "as of" was read: valid on the day as known today, or as known on the day
 * ({@link Reading}).
 *
 * <p>Each warning is stored as a message ({@code warningWording}, the same order as {@code warnings}),
 * rendered in the reader's language by {@link #warnings(java.util.Locale)}; {@code warnings} holds their
 * English words, a fallback for readers of the JSON and all that reports stored before warnings were
 * messages have.
 */
public record ScreeningReport(RecordId requestId, LocalDate asOf, String rulePackVersion,
                              List<Identification> identifications, List<FlagResult> flags, Assessment assessment,
                              List<SimilarStatements> similarStatements, List<String> warnings,
                              List<ProvisionalReading> provisional, List<Message> warningWording,
                              List<PartnerMatch> partnerMatches, Reading reading) {

    public ScreeningReport {
        // reports stored before the two readings were told apart were all "valid on the day, as known today"
        reading = reading == null ? Reading.VALID_ON : reading;
        warningWording = warningWording == null ? List.of() : List.copyOf(warningWording);
        // reports stored before federation partners' matches were kept have none
        partnerMatches = partnerMatches == null ? List.of() : List.copyOf(partnerMatches);
        identifications = List.copyOf(identifications);
        // reports stored before provisional readings existed have none
        provisional = provisional == null ? List.of() : List.copyOf(provisional);
        flags = List.copyOf(flags);
        similarStatements = List.copyOf(similarStatements);
        warnings = List.copyOf(warnings);
    }

    /** A report of the reading "valid on the day, as known today". */
    public ScreeningReport(RecordId requestId, LocalDate asOf, String rulePackVersion, List<Identification> identifications,
                           List<FlagResult> flags, Assessment assessment, List<SimilarStatements> similarStatements,
                           List<String> warnings, List<ProvisionalReading> provisional, List<Message> warningWording,
                           List<PartnerMatch> partnerMatches) {
        this(requestId, asOf, rulePackVersion, identifications, flags, assessment, similarStatements, warnings, provisional, warningWording,
                partnerMatches, Reading.VALID_ON);
    }

    /** The same report, made under {@code other}. */
    public ScreeningReport withReading(Reading other) {
        return new ScreeningReport(requestId, asOf, rulePackVersion, identifications, flags, assessment, similarStatements, warnings,
                provisional, warningWording, partnerMatches, other);
    }

    /** A report with no possible match among federation partners' protected persons. */
    public ScreeningReport(RecordId requestId, LocalDate asOf, String rulePackVersion, List<Identification> identifications,
                           List<FlagResult> flags, Assessment assessment, List<SimilarStatements> similarStatements,
                           List<String> warnings, List<ProvisionalReading> provisional, List<Message> warningWording) {
        this(requestId, asOf, rulePackVersion, identifications, flags, assessment, similarStatements, warnings, provisional, warningWording,
                List.of());
    }

    /** A report whose warnings are plain text only, as reports stored before warnings were messages. */
    public ScreeningReport(RecordId requestId, LocalDate asOf, String rulePackVersion, List<Identification> identifications,
                           List<FlagResult> flags, Assessment assessment, List<SimilarStatements> similarStatements,
                           List<String> warnings, List<ProvisionalReading> provisional) {
        this(requestId, asOf, rulePackVersion, identifications, flags, assessment, similarStatements, warnings, provisional, List.of(),
                List.of());
    }

    /** A report whose warnings are messages, their English words kept beside them. */
    public static ScreeningReport worded(RecordId requestId, LocalDate asOf, String rulePackVersion, List<Identification> identifications,
                                         List<FlagResult> flags, Assessment assessment, List<SimilarStatements> similarStatements,
                                         List<Message> warnings, List<ProvisionalReading> provisional) {
        return worded(requestId, asOf, rulePackVersion, identifications, flags, assessment, similarStatements, warnings, provisional, List.of());
    }

    /** The same, with the possible matches among federation partners' protected persons. */
    public static ScreeningReport worded(RecordId requestId, LocalDate asOf, String rulePackVersion, List<Identification> identifications,
                                         List<FlagResult> flags, Assessment assessment, List<SimilarStatements> similarStatements,
                                         List<Message> warnings, List<ProvisionalReading> provisional, List<PartnerMatch> partnerMatches) {
        return new ScreeningReport(requestId, asOf, rulePackVersion, identifications, flags, assessment, similarStatements,
                warnings.stream().map(m -> FactWording.render(m, java.util.Locale.ENGLISH, m.key())).toList(), provisional, warnings,
                partnerMatches);
    }

    /** The warnings in {@code locale}; a report stored before warnings were messages keeps its English lines. */
    public List<String> warnings(java.util.Locale locale) {
        if (warningWording.size() != warnings.size()) {
            return warnings;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < warnings.size(); i++) {
            out.add(FactWording.render(warningWording.get(i), locale, warnings.get(i)));
        }
        return out;
    }

    /** A report with no provisional reading (every target confirmed, or no strong candidate). */
    public ScreeningReport(RecordId requestId, LocalDate asOf, String rulePackVersion, List<Identification> identifications,
                           List<FlagResult> flags, Assessment assessment, List<SimilarStatements> similarStatements,
                           List<String> warnings) {
        this(requestId, asOf, rulePackVersion, identifications, flags, assessment, similarStatements, warnings, List.of(), List.of(),
                List.of());
    }

    /** True when the rules were also read on unconfirmed candidates: the report says so at its top. */
    public boolean isProvisional() {
        return !provisional.isEmpty();
    }

    public List<FlagResult> fired() {
        return flags.stream().filter(FlagResult::fired).toList();
    }

    public List<FlagResult> notEvaluable() {
        return flags.stream().filter(FlagResult::notEvaluable).toList();
    }

    /** Ids of the flags that fired, e.g. TNR-01. */
    public List<String> firedIds() {
        return fired().stream().map(r -> r.flag().id()).toList();
    }

    /** Numbers of the flags that fired, as DOMAIN.md numbers them. */
    public List<Integer> firedNumbers() {
        return fired().stream().map(r -> r.flag().number()).toList();
    }

    public List<String> notEvaluableIds() {
        return notEvaluable().stream().map(r -> r.flag().id()).toList();
    }

    public Optional<FlagResult> result(String flagId) {
        return flags.stream().filter(r -> r.flag().id().equals(flagId)).findFirst();
    }

    public Band band() {
        return assessment.band();
    }
}
