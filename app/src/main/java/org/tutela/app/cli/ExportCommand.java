package org.tutela.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.tutela.app.Tutela;
import org.tutela.app.security.AuditTrail;
import org.tutela.exchange.Exporter;
import org.tutela.exchange.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tutela export}: the whole registry as JSON lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every current record of the registry as JSON lines, by kind then id.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path output;

    @Option(names = "--format", defaultValue = "tutela", converter = FormatOption.class,
            description = "tutela (Tutela JSON lines) or ftm (FollowTheMoney entities). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--strict", description = "With --format ftm: standard FollowTheMoney schemata and properties only, as Aleph and "
            + "yente load them (Tutela's own facts as Event, CourtCaseParty, Note and Documentation; the rest left to the full format).")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        if (strict && format != Format.FTM) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--strict needs --format ftm");
        }
        try (Tutela tutela = Tutela.openForCommand(data.settings())) {
            tutela.audit().record(System.getProperty("user.name"), AuditTrail.EXPORT, "whole registry", "", AuditTrail.ALLOWED,
                    "command line export as " + format.slug() + (strict ? " (strict)" : "") + " to " + (output == null ? "standard output" : output.toAbsolutePath()));
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                write(tutela, out);
                out.flush();
                return 0;
            }
            // written beside the target and moved into place, so a failed export never leaves half a file
            Path partial = output.toAbsolutePath().resolveSibling(output.getFileName() + ".partial");
            long count;
            // an export holds every name in clear: readable by its owner only, from its creation on
            Files.deleteIfExists(partial);
            org.tutela.storage.PrivateFiles.touch(partial);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                count = write(tutela, out);
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.printf("exported %d %s to %s%n", count, strict ? "entities" : "records", output);
        }
        return 0;
    }

    private long write(Tutela tutela, OutputStream out) throws IOException {
        return strict ? new Exporter().exportStrictFtm(tutela.registry(), out) : new Exporter().export(tutela.registry(), format, out);
    }
}
