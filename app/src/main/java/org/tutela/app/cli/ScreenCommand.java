package org.tutela.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.tutela.app.Tutela;
import org.tutela.app.screening.Intake;
import org.tutela.app.screening.ReportPage;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.screening.Reading;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.json.RecordJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tutela screen}: the red flags of a cooperation request, with facts, sources and legal grounds. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen a cooperation request for the red flags of transnational repression.",
                "Give an intake FILE (docs/INTAKE.md: a request as JSON, or the request with its facts) or the --id of a",
                "request in the registry. The report is advice to the deciding authority, never a decision."})
final class ScreenCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Parameters(paramLabel = "FILE", description = "An intake file.")
        Path file;

        @Option(names = "--id", paramLabel = "ID", description = "A request already in the registry (its screening is kept).")
        String id;
    }

    @Option(names = "--request", paramLabel = "ID", description = "The request of the intake FILE to screen, when it holds several.")
    String requestId;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Screen as of this date (default: today); see --reading.")
    LocalDate asOf;

    @Option(names = "--reading", paramLabel = "READING", defaultValue = "VALID_ON",
            description = {"How --as-of is read: VALID_ON (default: what was true on the date, as known today) or",
                    "KNOWN_ON (only what had been recorded in the registry by the end of the date)."})
    Reading reading;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as a printable HTML document.")
    Path html;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
            description = "The language of the summary and of the HTML report: en, fr, nl or ru. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!java.util.Set.of("en", "fr", "nl", "ru").contains(lang)) {
            throw new IllegalArgumentException("--lang '" + lang + "' is not one of en, fr, nl, ru");
        }
        java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        try (Tutela tutela = Tutela.openForCommand(data.settings())) {
            ScreeningReport report;
            CooperationRequest request;
            RegistryView view;
            if (target.id != null) {
                RecordId id = RecordId.of(target.id);
                report = tutela.screening().screen(id, date, reading, tutela.registry());
                request = tutela.registry().get(id, CooperationRequest.class).orElseThrow();
                view = tutela.registry();
            } else {
                if (!Files.isRegularFile(target.file)) {
                    throw new IllegalArgumentException(target.file + ": no such file");
                }
                Intake.Read read = new Intake().readIntake(target.file, tutela.registry());
                List<RegistryRecord> intake = read.records();
                java.util.Optional<RecordId> named = requestId == null ? read.screen() : java.util.Optional.of(RecordId.of(requestId));
                if (reading == Reading.KNOWN_ON) {
                    // an intake is screened as it stands; only the registry around it is read as it was recorded
                    report = tutela.screening().screenIntake(intake, named, date,
                            tutela.registry().asRecordedAt(org.tutela.core.registry.Registry.endOf(date))).withReading(reading);
                } else {
                    report = tutela.screening().screenIntake(intake, named, date, tutela.registry());
                }
                request = intake.stream().filter(r -> r.id().equals(report.requestId())).map(CooperationRequest.class::cast)
                        .findFirst().orElseThrow();
                view = tutela.registry().with(intake);
            }
            if (html != null) {
                // the report names persons: readable by its owner only
                org.tutela.storage.PrivateFiles.writeString(html, new ReportPage().standalone(report, request, view, locale));
            }
            if (json) {
                out.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            } else {
                org.tutela.app.screening.ReportText text = new org.tutela.app.screening.ReportText(locale);
                text.print(out, report, request);
                // partners' protected persons, known only by their encodings: a match of the report says whom to ask, never a name
                text.partnerMatches(out, report);
            }
            out.flush();
        }
        return 0;
    }
}
