package org.tutela.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Tutela keeps its data and which database it uses. The data directory comes from
 * {@code --data}, else {@code TUTELA_DATA}, else {@code ~/.tutela}; PostgreSQL is used when
 * {@code TUTELA_DB_URL} (or {@code --db-url}) is given, the embedded database otherwise.
 */
public record Settings(Path dataDir, Optional<Postgres> postgres) {

    public record Postgres(String url, String user, String password) {
    }

    public Settings {
        dataDir = dataDir.toAbsolutePath().normalize();
        postgres = postgres == null ? Optional.empty() : postgres;
    }

    public static Settings resolve(Optional<Path> dataOption, Optional<String> dbUrlOption, Map<String, String> env) {
        Path dataDir = dataOption
                .or(() -> Optional.ofNullable(env.get("TUTELA_DATA")).filter(s -> !s.isBlank()).map(Path::of))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".tutela"));
        Optional<Postgres> postgres = dbUrlOption
                .or(() -> Optional.ofNullable(env.get("TUTELA_DB_URL")).filter(s -> !s.isBlank()))
                .map(url -> new Postgres(url, env.getOrDefault("TUTELA_DB_USER", "tutela"),
                        env.getOrDefault("TUTELA_DB_PASSWORD", "")));
        return new Settings(dataDir, postgres);
    }

    public String describeDatabase() {
        return postgres.map(pg -> "PostgreSQL at " + pg.url()).orElse("embedded database in " + dataDir);
    }
}
