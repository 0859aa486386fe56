package org.tutela.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.tutela.app.Settings;
import picocli.CommandLine.Option;

/** The options every command that opens the registry shares. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $TUTELA_DATA, else ~/.tutela).")
    Path data;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "Use PostgreSQL at this JDBC URL instead of the embedded database "
                    + "(default: $TUTELA_DB_URL; user and password from $TUTELA_DB_USER and $TUTELA_DB_PASSWORD).")
    String dbUrl;

    /** The data directory given by {@code --data} or {@code TUTELA_DATA}, else {@code fallback}. */
    Path dataDirOr(Path fallback) {
        return Optional.ofNullable(data)
                .or(() -> Optional.ofNullable(System.getenv("TUTELA_DATA")).filter(s -> !s.isBlank()).map(Path::of))
                .orElse(fallback);
    }

    Settings settings() {
        return Settings.resolve(Optional.ofNullable(data), Optional.ofNullable(dbUrl), System.getenv());
    }
}
