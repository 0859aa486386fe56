package org.tutela.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tutela}: the command line. Each subcommand opens the registry through the composition root. */
@Command(name = "tutela", mixinStandardHelpOptions = true, version = "Tutela 0.1.0",
        description = "Registry and screening of cooperation requests against transnational repression.",
        subcommands = {ServeCommand.class, DemoCommand.class, ImportCommand.class, ExportCommand.class, SearchCommand.class,
                ScreenCommand.class, DossierCommand.class, RequestsCommand.class, ListsCommand.class, UsersCommand.class, TokensCommand.class,
                AuditCommand.class, KeyCommand.class, CompartmentsCommand.class, FederationCommand.class,
                CommandLine.HelpCommand.class})
public final class TutelaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !ServeCommand.serving()) {
            System.exit(code);
        }
    }

    /** The command line with error handling that prints what went wrong, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TutelaCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            // in the language the command was asked to speak (--lang), where the fault is worded by a bundle
            String lang = language(parseResult);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : worded(e, java.util.Locale.forLanguageTag(lang));
            err.println(CliWords.of("common", lang).say("cli.error", message));
            if (System.getenv("TUTELA_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cli;
    }

    /** The {@code --lang} of the command run (its deepest subcommand), or English. */
    private static String language(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult deepest = parsed;
        while (deepest.hasSubcommand()) {
            deepest = deepest.subcommand();
        }
        String lang = deepest.matchedOptionValue("--lang", "en");
        return CliWords.LANGUAGES.contains(lang) ? lang : "en";
    }

    private static String worded(Exception e, java.util.Locale locale) {
        if (e instanceof org.tutela.exchange.ImportException i) {
            return i.message(locale);
        }
        if (e instanceof org.tutela.json.RecordFormatException r) {
            return (r.field().isEmpty() ? "" : r.field() + ": ") + r.problem(locale);
        }
        if (e instanceof org.tutela.core.federation.FederationInputException f) {
            return f.field() + ": " + f.problem(locale);
        }
        if (e instanceof org.tutela.core.registry.InvalidRecordException i) {
            return i.field() + ": " + i.problem(locale);
        }
        return e.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
