package org.tutela.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tutela.app.Tutela;
import org.tutela.core.registry.Change;
import org.tutela.exchange.Format;
import org.tutela.exchange.ImportOptions;
import org.tutela.exchange.ImportResult;
import org.tutela.exchange.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tutela import}: all or nothing — a file with one bad line changes nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import records from a file of JSON lines into the registry, in one transaction.",
                "A malformed line, an unknown schema, a reference to a missing record or a bad date stops the",
                "import with the file, line and field named, and leaves the registry exactly as it was."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--format", defaultValue = "tutela", converter = FormatOption.class,
            description = "tutela (Tutela JSON lines) or ftm (FollowTheMoney entities). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--skip-unsupported", description = "FtM only: skip entities of schemata Tutela does not hold, instead of failing.")
    boolean skipUnsupported;

    @Option(names = "--reason", defaultValue = "imported from a file", description = "Why: kept with every revision written.")
    String reason;

    @Option(names = "--author", defaultValue = "${sys:user.name}", description = "Who: kept with every revision (default: the system user).")
    String author;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        try (Tutela tutela = Tutela.openForCommand(data.settings())) {
            ImportOptions options = skipUnsupported ? ImportOptions.skippingUnsupportedSchemata() : ImportOptions.strict();
            ImportResult result = new Importer().importFile(file, format, tutela.registry(),
                    Change.by(author, reason + " (" + file.getFileName() + ")"), options);
            spec.commandLine().getOut().printf("imported %s: %d records (%d new, %d revised, %d unchanged)%n", file, result.total(),
                    result.created(), result.revised(), result.unchanged());
            result.counts().forEach((kind, count) -> spec.commandLine().getOut().printf("  %-20s %d%n", kind.slug(), count));
            result.skipped().forEach((schema, count) -> spec.commandLine().getOut().printf("  skipped %-12s %d%n", schema, count));
            result.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
