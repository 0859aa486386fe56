package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.FlagChecks.SCREENING;
import static org.tutela.core.screening.FlagChecks.exile;
import static org.tutela.core.screening.FlagChecks.outcome;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.THIRD;
import static org.tutela.core.screening.Fixtures.refugee;
import static org.tutela.core.screening.Fixtures.registry;
import static org.tutela.core.screening.Fixtures.request;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;

/**
 * Why a flag did not fire, what is missing to decide it and the warnings about a request are stored as
 * messages and read in the reader's language; a report stored before they were messages keeps its text.
 */
class ReasonWordingTest {
    private static final Path SCREENING_CODE = Path.of("src/main/java/org/tutela/core/screening");
    private static final Path BUNDLES = Path.of("src/main/resources/org/tutela/core/screening");
    private static final Pattern KEY = Pattern.compile("\"((?:reason|missing|note|text|warning|input)\\.[a-z0-9.-]+)\"");
    private static final Pattern INTERNAL_CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b|TNR-\\d");

    @Test
    void everyKeyTheScreeningWordsAReasonWithIsInEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SCREENING_CODE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                KEY.matcher(Files.readString(f)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        // both the flags' reasons and the warnings are found, or the scan reads nothing
        assertThat(used).anyMatch(k -> k.startsWith("reason.")).anyMatch(k -> k.startsWith("missing."))
                .anyMatch(k -> k.startsWith("warning.")).anyMatch(k -> k.startsWith("text."));
        for (String language : List.of("", "_fr", "_nl", "_ru")) {
            Properties bundle = new Properties();
            try (Reader in = Files.newBufferedReader(BUNDLES.resolve("facts" + language + ".properties"), StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            assertThat(used).as("keys missing from facts%s.properties", language).allMatch(bundle::containsKey);
        }
    }

    @Test
    void aReasonWithItsNotesReadsInFrenchWithoutEnglishOrCodes() {
        var r = registry(exile(), refugee("person-exile", HOST, THIRD, LocalDate.of(2019, 5, 1)));
        NotFired n = (NotFired) outcome("TNR-01", request().target("person-exile").build(), r);
        assertThat(n.wording()).extracting(Message::key).containsExactly("reason.refugee.none", "note.status.elsewhere");
        String fr = FactWording.render(n.wording(), Locale.FRENCH, n.reason());
        assertThat(fr).contains("aucune personne visée", "ni l’État requérant").doesNotContain("no target", "neither")
                .doesNotContainPattern(INTERNAL_CODE);
        // the English text kept beside the messages is the same reading in English
        assertThat(FactWording.render(n.wording(), Locale.ENGLISH, "?")).isEqualTo(n.reason()).contains("neither the requesting state");
    }

    @Test
    void whatIsMissingReadsInFrench() {
        NotEvaluable n = (NotEvaluable) outcome("TNR-01", request().unresolvedTarget("IVANOV I.").build(), registry(exile()));
        assertThat(FactWording.render(n.wording(), Locale.FRENCH, n.missing())).contains("IVANOV I.", "n’est pas confirmée");
    }

    @Test
    void warningsReadInTheReadersLanguage() {
        ScreeningReport report = SCREENING.screen(request().unresolvedTarget("ПЕТРОВ П.П.").build(), registry(exile()), LocalDate.of(2021, 6, 1));
        assertThat(report.warningWording()).hasSameSizeAs(report.warnings()).isNotEmpty();
        assertThat(report.warnings(Locale.ENGLISH)).isEqualTo(report.warnings());
        assertThat(report.warnings(Locale.FRENCH)).anyMatch(w -> w.contains("ПЕТРОВ П.П.") && w.contains("personne visée")
                && w.contains("personne dans le registre ne correspond"));
        assertThat(report.warnings(Locale.FRENCH)).noneMatch(w -> INTERNAL_CODE.matcher(w).find());
    }

    @Test
    void aReasonStoredAsPlainTextIsShownAsStored() {
        NotFired stored = new NotFired("no refusal is recorded", null);
        assertThat(stored.wording()).isEmpty();
        assertThat(FactWording.render(stored.wording(), Locale.FRENCH, stored.reason())).isEqualTo("no refusal is recorded");
        ScreeningReport old = new ScreeningReport(org.tutela.core.registry.RecordId.of("request-old"), LocalDate.of(2020, 1, 1), "1",
                List.of(), List.of(), Assessment.of(List.of(), RulePack.standard()), List.of(), List.of("An old warning."), List.of(), null);
        assertThat(old.warnings(Locale.FRENCH)).containsExactly("An old warning.");
    }

    @Test
    void aMessageMayHoldAPartOfItsSentenceAsAMessage() {
        Message warning = Message.of("warning.attachment", "scan.pdf", Message.of("text.pdf"));
        assertThat(FactWording.render(warning, Locale.ENGLISH, "?")).isEqualTo("The attachment 'scan.pdf' is a PDF file, not its text: it was not read. Provide its text.");
        assertThat(FactWording.render(warning, Locale.FRENCH, "?")).isEqualTo("La pièce jointe « scan.pdf » est un fichier PDF, pas son texte : elle n’a pas été lue. Fournissez-en le texte.");
    }

    @Test
    void whatAScreeningCannotWorkWithIsSaidInTheReadersLanguage() {
        var request = request().target("person-exile").build();
        ScreeningInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> SCREENING.screen(request, registry(exile()), LocalDate.of(2999, 1, 1)), ScreeningInputException.class);
        assertThat(e.field()).isEqualTo("asOf");
        assertThat(e.getMessage()).isEqualTo("asOf: 2999-01-01 is in the future");
        assertThat(e.problem(Locale.FRENCH)).isEqualTo("2999-01-01 est dans le futur");
    }
}
