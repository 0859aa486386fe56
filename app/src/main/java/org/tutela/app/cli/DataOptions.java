package org.tutela.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every command that opens the registry shares. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $TUTELA_DATA, else ~/.tutela).")
    Path data;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "Use PostgreSQL at this JDBC URL instead of the embedded database "
                    + "(default: $TUTELA_DB_URL; user and password from $TUTELA_DB_USER and $TUTELA_DB_PASSWORD).")
    String dbUrl;

    /** The command these options belong to, for its output. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The data directory given by {@code --data} or {@code TUTELA_DATA}, else {@code fallback}. */
    Path dataDirOr(Path fallback) {
        return Optional.ofNullable(data)
                .or(() -> Optional.ofNullable(System.getenv("TUTELA_DATA")).filter(s -> !s.isBlank()).map(Path::of))
                .orElse(fallback);
    }

    Settings settings() {
        return Settings.resolve(Optional.ofNullable(data), Optional.ofNullable(dbUrl), System.getenv());
    }

    /**
     * Opens the data for one command, makes one change and closes it again, then prints {@code done}: the whole of a
     * command that changes one thing (an account, a token). A change that throws prints nothing; the error handler says why.
     */
    int change(Consumer<Tutela> change, String done) {
        try (Tutela tutela = Tutela.openForCommand(settings())) {
            change.accept(tutela);
        }
        PrintWriter out = command.commandLine().getOut();
        out.println(done);
        out.flush();
        return 0;
    }
}
