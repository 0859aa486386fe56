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
            err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (System.getenv("TUTELA_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
