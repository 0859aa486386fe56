package org.tutela.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tutela.app.Tutela;
import org.tutela.app.dossier.Audience;
import org.tutela.app.dossier.Dossier;
import org.tutela.app.dossier.DossierAssembly;
import org.tutela.app.dossier.PdfDossier;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.Caller;
import org.tutela.app.security.Role;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tutela dossier}: a request's or a person's dossier as PDF, for a court, a ministry or the CCF. */
@Command(name = "dossier", mixinStandardHelpOptions = true,
        description = "Write the dossier of a request or a person as PDF/A: chronology, requests and decisions, red flags with "
                + "their legal grounds, patterns across cases, and the sources as numbered exhibits.")
final class DossierCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The request or person.")
    String id;

    @Option(names = "--audience", required = true, paramLabel = "AUDIENCE", description = "court, ministry or ccf.")
    String audience;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "en, fr, nl or ru. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The PDF file to write.")
    Path output;

    @Option(names = "--compartment", paramLabel = "NAME",
            description = "Draw only on the records of these compartments, as a user holding them would see them (repeatable).")
    List<String> compartments;

    @Override
    public Integer call() throws Exception {
        Audience who = Audience.parse(audience);
        if (!Set.of("en", "fr", "nl", "ru").contains(lang)) {
            spec.commandLine().getErr().println("dossier: --lang '" + lang + "' is not one of en, fr, nl, ru");
            return 2;
        }
        PdfDossier pdf = new PdfDossier();
        if (!pdf.fontsPresent()) {
            spec.commandLine().getErr().println("dossier: the DejaVu fonts are missing (" + PdfDossier.DEFAULT_FONTS + "); install fonts-dejavu-core");
            return 1;
        }
        try (Tutela tutela = Tutela.openForCommand(data.settings())) {
            String user = System.getProperty("user.name");
            RegistryView view = compartments == null || compartments.isEmpty() ? tutela.registry()
                    : DossierAssembly.visible(tutela.registryFor(() -> Optional.of(new Caller("cli:" + user, Role.DOCUMENTER,
                            Set.copyOf(compartments), Optional.of("dossier"), Optional.empty()))));
            Optional<Dossier> dossier = DossierAssembly.of(view, RecordId.of(id), who, LocalDate.now(), Locale.forLanguageTag(lang),
                    tutela.federation().partnerProtection());
            if (dossier.isEmpty()) {
                spec.commandLine().getErr().println("dossier: --id '" + id + "' is no request or person" + (compartments == null ? "" : " in " + compartments));
                return 1;
            }
            byte[] bytes = pdf.pdf(dossier.get(), Locale.forLanguageTag(lang));
            // written beside the target and moved into place, so a failed run never leaves half a file
            Path partial = output.toAbsolutePath().resolveSibling(output.getFileName() + ".partial");
            Files.write(partial, bytes);
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tutela.audit().record(user, AuditTrail.EXPORT, id, "", AuditTrail.ALLOWED,
                    "dossier for " + who.slug() + " (" + lang + ") to " + output.toAbsolutePath());
            spec.commandLine().getErr().printf("wrote the %s dossier of %s to %s (%d exhibits)%n", who.slug(), id, output, dossier.get().exhibits().size());
        }
        return 0;
    }
}
