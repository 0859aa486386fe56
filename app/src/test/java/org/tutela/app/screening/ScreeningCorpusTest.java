package org.tutela.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.screening.Band;
import org.tutela.core.screening.FlagResult;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.core.screening.Severity;

/**
 * The evaluation corpus (docs/screening-evaluation.md): publicly reported cases and constructed
 * controls, each an intake file with its sources, screened over an empty registry with what came in the
 * intake. The expectations were written before the engine was run. The targets are asserted: every
 * expected bar fires, no control is refused or barred, every fired flag cites facts with sources and
 * has legal grounds. The full case x expected x got table is written to target/screening-evaluation.md.
 */
class ScreeningCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/screening/corpus");

    record Row(String file, RecordId request, LocalDate asOf, String region, boolean control, List<Integer> expected,
               List<Integer> bars, Band band) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            rows.add(new Row(f[0], RecordId.of(f[1]), LocalDate.parse(f[2]), f[3], f[4].equals("control"), numbers(f[5]),
                    numbers(f[6]), Band.valueOf(f[7])));
        }
        return rows;
    }

    static List<Integer> numbers(String s) {
        return s.equals("-") ? List.of() : Arrays.stream(s.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    @Test
    void theCorpusMeetsItsTargetsAndTheTableIsWritten() throws IOException {
        Screening screening = Screening.standard();
        RecordSet empty = RecordSet.of(List.of());
        List<Row> rows = rows();
        assertThat(rows.stream().filter(r -> !r.control())).hasSizeGreaterThanOrEqualTo(16);
        assertThat(rows.stream().filter(Row::control)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(rows.stream().filter(r -> !r.control()).map(r -> r.file().split("-")[1]).distinct()).hasSizeGreaterThanOrEqualTo(8);

        StringBuilder table = new StringBuilder("| case | region | expected | got | expected band | got band | missed | extra |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            List<RegistryRecord> intake = new Intake().read(CORPUS.resolve(row.file() + ".json"), empty);
            ScreeningReport report = screening.screenIntake(intake, Optional.of(row.request()), empty, row.asOf());
            List<Integer> got = report.firedNumbers().stream().filter(n -> n != 15).sorted().toList();
            TreeSet<Integer> missed = new TreeSet<>(row.expected());
            missed.removeAll(got);
            TreeSet<Integer> extra = new TreeSet<>(got);
            extra.removeAll(row.expected());
            table.append("| ").append(row.file()).append(" | ").append(row.region()).append(" | ").append(list(row.expected()))
                    .append(" | ").append(list(got)).append(" | ").append(row.band()).append(" | ").append(report.band())
                    .append(" | ").append(list(List.copyOf(missed))).append(" | ").append(list(List.copyOf(extra))).append(" |\n");
            for (int bar : row.bars()) {
                if (!report.firedNumbers().contains(bar)) {
                    failures.add(row.file() + ": expected bar " + bar + " did not fire");
                }
            }
            if (row.control()) {
                if (report.band() == Band.REFUSE) {
                    failures.add(row.file() + ": a control is refused");
                }
                report.fired().stream().filter(r -> r.flag().severity() == Severity.BAR)
                        .forEach(r -> failures.add(row.file() + ": a control fires bar " + r.flag().id()));
            }
            for (FlagResult r : report.fired()) {
                assertThat(r.flag().legalGrounds()).as(row.file() + " " + r.flag().id()).isNotEmpty();
                assertThat(r.facts()).as(row.file() + " " + r.flag().id()).isNotEmpty()
                        .allSatisfy(f -> assertThat(f.citations()).as(row.file() + " " + r.flag().id() + ": " + f.statement()).isNotEmpty());
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/screening-evaluation.md"), table.toString(), StandardCharsets.UTF_8);
        assertThat(failures).as("corpus targets; table in target/screening-evaluation.md:\n" + table).isEmpty();
    }

    private static String list(List<Integer> numbers) {
        return numbers.isEmpty() ? "—" : numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
