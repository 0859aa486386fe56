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
