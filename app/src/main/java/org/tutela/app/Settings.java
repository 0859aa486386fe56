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
 * it locks protects nothing. The audit chain is keyed with {@code TUTELA_AUDIT_KEY} or the file named by
 * {@code TUTELA_AUDIT_KEY_FILE} (outside the data directory for the same reason), and its signed
 * checkpoints go to {@code TUTELA_AUDIT_CHECKPOINTS} (default {@code <data>/audit-checkpoints}).
 */
public record Settings(Path dataDir, Optional<Postgres> postgres, Optional<String> fileKey, Optional<String> auditKey,
                       Path auditCheckpoints) {

    public record Postgres(String url, String user, String password) {
    }

    public Settings {
        dataDir = dataDir.toAbsolutePath().normalize();
        postgres = postgres == null ? Optional.empty() : postgres;
        fileKey = fileKey == null ? Optional.empty() : fileKey;
        auditKey = auditKey == null ? Optional.empty() : auditKey;
        auditCheckpoints = (auditCheckpoints == null ? dataDir.resolve(CHECKPOINTS) : auditCheckpoints).toAbsolutePath().normalize();
    }

    /** The default directory of the audit checkpoints, under the data directory. */
    public static final String CHECKPOINTS = "audit-checkpoints";

    public Settings(Path dataDir, Optional<Postgres> postgres, Optional<String> fileKey) {
        this(dataDir, postgres, fileKey, Optional.empty(), null);
    }

    public Settings(Path dataDir, Optional<Postgres> postgres) {
        this(dataDir, postgres, Optional.empty());
    }

    /** These settings with the audit chain keyed by {@code key}. */
    public Settings withAuditKey(String key) {
        return new Settings(dataDir, postgres, fileKey, Optional.of(key), auditCheckpoints);
    }

    @Override
    public String toString() {
        return "Settings[dataDir=" + dataDir + ", " + describeDatabase() + ", encrypted=" + fileKey.isPresent()
                + ", auditKeyed=" + auditKey.isPresent() + ", auditCheckpoints=" + auditCheckpoints + "]";
    }

    public static Settings resolve(Optional<Path> dataOption, Optional<String> dbUrlOption, Map<String, String> env) {
        Path dataDir = dataOption
                .or(() -> Optional.ofNullable(env.get("TUTELA_DATA")).filter(s -> !s.isBlank()).map(Path::of))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".tutela"));
        Optional<Postgres> postgres = dbUrlOption
                .or(() -> Optional.ofNullable(env.get("TUTELA_DB_URL")).filter(s -> !s.isBlank()))
                .map(url -> new Postgres(url, env.getOrDefault("TUTELA_DB_USER", "tutela"),
                        env.getOrDefault("TUTELA_DB_PASSWORD", "")));
        Optional<Path> checkpoints = Optional.ofNullable(env.get("TUTELA_AUDIT_CHECKPOINTS")).filter(s -> !s.isBlank()).map(Path::of);
        return DemoData.withDemoKeys(new Settings(dataDir, postgres, fileKey(dataDir, env), key(dataDir, env, "TUTELA_AUDIT_KEY"),
                checkpoints.orElse(null)));
    }

    static Optional<String> fileKey(Path dataDir, Map<String, String> env) {
        return key(dataDir, env, "TUTELA_FILE_KEY");
    }

    /** A key from the variable {@code name} or from the file named by {@code name_FILE}, which must lie outside the data directory. */
    static Optional<String> key(Path dataDir, Map<String, String> env, String name) {
        Optional<String> direct = Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
        Optional<Path> file = Optional.ofNullable(env.get(name + "_FILE")).filter(s -> !s.isBlank()).map(Path::of);
        if (direct.isPresent() && file.isPresent()) {
            throw new IllegalArgumentException("give the key in " + name + " or " + name + "_FILE, not both");
        }
        if (file.isEmpty()) {
            return direct;
        }
        Path keyFile = file.get().toAbsolutePath().normalize();
        if (keyFile.startsWith(dataDir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException(name + "_FILE " + keyFile + " lies inside the data directory " + dataDir
                    + "; keep the key elsewhere (another disk, a secret store), or whoever copies the data has the key too");
        }
        try {
            String key = Files.readString(keyFile).strip();
            if (key.isEmpty()) {
                throw new IllegalArgumentException(name + "_FILE " + keyFile + " is empty");
            }
            return Optional.of(key);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + name + "_FILE " + keyFile + ": " + e.getMessage(), e);
        }
    }

    public String describeDatabase() {
        return postgres.map(pg -> "PostgreSQL at " + pg.url()).orElse("embedded database in " + dataDir);
    }
}
