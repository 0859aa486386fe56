package org.tutela.app.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningInputException;
import org.tutela.exchange.ImportException;

/** The intake: the request to screen named, errors with line and column, type errors in the intake's words. */
class IntakeTest {
    static final RecordSet EMPTY = RecordSet.of(List.of());
    static final String REQUEST_A = "{ \"kind\": \"cooperation-request\", \"id\": \"request-a\", \"type\": \"MLA\", "
            + "\"requestingState\": \"KZ\", \"requestedState\": \"BE\" }";
    static final String REQUEST_B = REQUEST_A.replace("request-a", "request-b");

    @TempDir
    Path dir;

    Path file(String text) throws IOException {
        Path f = dir.resolve("intake.json");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void theWrapperFormNamesTheRequestToScreen() throws IOException {
        Intake.Read read = new Intake().readIntake(file("{ \"screen\": \"request-b\",\n  \"records\": [\n" + REQUEST_A + ",\n"
                + REQUEST_B + "\n] }"), EMPTY);
        assertThat(read.screen()).contains(RecordId.of("request-b"));
        var report = Screening.standard().screenIntake(read.records(), read.screen(), EMPTY, LocalDate.of(2024, 1, 1));
        assertThat(report.requestId()).isEqualTo(RecordId.of("request-b"));
    }

    @Test
    void anIntakeWithSeveralRequestsAndNoneNamedIsRefusedRatherThanScreenedSilently() throws IOException {
        Intake.Read read = new Intake().readIntake(file("[\n" + REQUEST_A + ",\n" + REQUEST_B + "\n]"), EMPTY);
        assertThatThrownBy(() -> Screening.standard().screenIntake(read.records(), read.screen(), EMPTY, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(ScreeningInputException.class).hasMessageContaining("name the one to screen")
                .hasMessageContaining("request-a").hasMessageContaining("request-b");
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws IOException {
        Path f = file("[\n" + REQUEST_A + ",\n  { \"kind\": \"person\" \"id\": \"person-x\" }\n]");
        assertThatThrownBy(() -> new Intake().readIntake(f, EMPTY)).isInstanceOf(ImportException.class)
                .hasMessageContaining("line 3, column").satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(3));
    }

    /** The place stays as numbers; the words around it, and what is wrong, are the reader's. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "en|is not valid JSON at line 3, column 22",
            "fr|n’est pas du JSON valide, ligne 3, colonne 22",
            "nl|is geen geldige JSON, regel 3, kolom 22",
            "ru|не является корректным JSON, строка 3, столбец 22"})
    void malformedJsonNamesLineAndColumnInTheReadersLanguage(String language, String words) throws IOException {
        Path f = file("[\n" + REQUEST_A + ",\n  { \"kind\": \"person\" \"id\": \"person-x\" }\n]");
        ImportException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> new Intake().readIntake(f, EMPTY), ImportException.class);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.message(java.util.Locale.forLanguageTag(language))).startsWith("intake.json:3: " + words);
        // the English message, for logs, is unchanged whatever the reader's language
        assertThat(e.getMessage()).startsWith("intake.json:3: is not valid JSON at line 3, column 22");
    }

    @Test
    void typeErrorsReadInFrench() throws IOException {
        Path persons = file(REQUEST_A.replace("}", ", \"persons\": \"Botagoz Jardemalie\" }"));
        ImportException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> new Intake().readIntake(persons, EMPTY), ImportException.class);
        assertThat(e.message(java.util.Locale.FRENCH)).contains("persons: attendu : une liste (un tableau JSON) de « persons »")
                .doesNotContain("expected", "java");
        Path date = file(REQUEST_A.replace("}", ", \"date\": 2024 }"));
        ImportException d = org.assertj.core.api.Assertions.catchThrowableOfType(() -> new Intake().readIntake(date, EMPTY), ImportException.class);
        assertThat(d.message(java.util.Locale.FRENCH)).contains("date: n’est pas une date").doesNotContain("is not");
    }

    @Test
    void aRecordErrorNamesTheLineWhereTheRecordStarts() throws IOException {
        Path f = file("[\n" + REQUEST_A + ",\n\n  { \"kind\": \"person\", \"id\": \"person-x\", \"names\": [] }\n]");
        assertThatThrownBy(() -> new Intake().readIntake(f, EMPTY)).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(4));
    }

    @Test
    void typeErrorsSpeakOfTheIntakeNotOfJava() throws IOException {
        Path persons = file(REQUEST_A.replace("}", ", \"persons\": \"Botagoz Jardemalie\" }"));
        assertThatThrownBy(() -> new Intake().readIntake(persons, EMPTY)).isInstanceOf(ImportException.class)
                .hasMessageContaining("persons").hasMessageContaining("expected a list of persons")
                .hasMessageNotContaining("java").hasMessageNotContaining("ArrayList");
        Path date = file(REQUEST_A.replace("}", ", \"date\": 2024 }"));
        assertThatThrownBy(() -> new Intake().readIntake(date, EMPTY)).isInstanceOf(ImportException.class)
                .hasMessageContaining("date").hasMessageContaining("not a date").hasMessageNotContaining("java");
    }

    @Test
    void aSingleRequestNeedsNoName() throws IOException {
        Intake.Read read = new Intake().readIntake(file(REQUEST_A), EMPTY);
        assertThat(read.screen()).isEmpty();
        assertThat(Screening.standard().screenIntake(read.records(), Optional.empty(), EMPTY, LocalDate.of(2024, 1, 1)).requestId())
                .isEqualTo(RecordId.of("request-a"));
    }
}
