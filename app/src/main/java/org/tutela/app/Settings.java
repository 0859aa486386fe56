package org.tutela.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Tutela keeps its data and which database it uses. The data directory comes from
 * {@code --data}, else {@code TUTELA_DATA}, else {@code ~/.tutela}; PostgreSQL is used when
 * {@code TUTELA_DB_URL} (or {@code --db-url}) is given, the embedded database otherwise. The embedded
 * file is encrypted when a file key is given in {@code TUTELA_FILE_KEY} or in a file named by
 * {@code TUTELA_FILE_KEY_FILE}, which must lie outside the data directory: a key kept beside the file
 * it locks protects nothing.
 */
public record Settings(Path dataDir, Optional<Postgres> postgres, Optional<String> fileKey) {

    public record Postgres(String url, String user, String password) {
    }

    public Settings {
        dataDir = dataDir.toAbsolutePath().normalize();
        postgres = postgres == null ? Optional.empty() : postgres;
        fileKey = fileKey == null ? Optional.empty() : fileKey;
    }

    public Settings(Path dataDir, Optional<Postgres> postgres) {
        this(dataDir, postgres, Optional.empty());
    }

    @Override
    public String toString() {
        return "Settings[dataDir=" + dataDir + ", " + describeDatabase() + ", encrypted=" + fileKey.isPresent() + "]";
    }

    public static Settings resolve(Optional<Path> dataOption, Optional<String> dbUrlOption, Map<String, String> env) {
        Path dataDir = dataOption
                .or(() -> Optional.ofNullable(env.get("TUTELA_DATA")).filter(s -> !s.isBlank()).map(Path::of))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".tutela"));
        Optional<Postgres> postgres = dbUrlOption
                .or(() -> Optional.ofNullable(env.get("TUTELA_DB_URL")).filter(s -> !s.isBlank()))
                .map(url -> new Postgres(url, env.getOrDefault("TUTELA_DB_USER", "tutela"),
                        env.getOrDefault("TUTELA_DB_PASSWORD", "")));
        return new Settings(dataDir, postgres, fileKey(dataDir, env));
    }

    static Optional<String> fileKey(Path dataDir, Map<String, String> env) {
        Optional<String> direct = Optional.ofNullable(env.get("TUTELA_FILE_KEY")).map(String::strip).filter(s -> !s.isEmpty());
        Optional<Path> file = Optional.ofNullable(env.get("TUTELA_FILE_KEY_FILE")).filter(s -> !s.isBlank()).map(Path::of);
        if (direct.isPresent() && file.isPresent()) {
            throw new IllegalArgumentException("give the file key in TUTELA_FILE_KEY or TUTELA_FILE_KEY_FILE, not both");
        }
        if (file.isEmpty()) {
            return direct;
        }
        Path keyFile = file.get().toAbsolutePath().normalize();
        if (keyFile.startsWith(dataDir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("TUTELA_FILE_KEY_FILE " + keyFile + " lies inside the data directory " + dataDir
                    + "; keep the key elsewhere (another disk, a secret store), or whoever copies the data has the key too");
        }
        try {
            String key = Files.readString(keyFile).strip();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("TUTELA_FILE_KEY_FILE " + keyFile + " is empty");
            }
            return Optional.of(key);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read TUTELA_FILE_KEY_FILE " + keyFile + ": " + e.getMessage(), e);
        }
    }

    public String describeDatabase() {
        return postgres.map(pg -> "PostgreSQL at " + pg.url()).orElse("embedded database in " + dataDir);
    }
}
