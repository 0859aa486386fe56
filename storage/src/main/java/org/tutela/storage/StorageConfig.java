package org.tutela.storage;

import java.nio.file.Path;
import java.util.Optional;

/** Where the registry is kept: an embedded database file (the default, no server) or PostgreSQL. */
public sealed interface StorageConfig {

    /**
     * An H2 database file {@code <dataDir>/tutela}. With a {@code fileKey} the file is encrypted
     * (AES); the key must come from outside (environment, a secret store), never from a file beside
     * the database.
     */
    record Embedded(Path dataDir, Optional<String> fileKey) implements StorageConfig {
        public Embedded {
            if (dataDir == null) {
                throw new IllegalArgumentException("dataDir is required");
            }
            fileKey = fileKey == null ? Optional.empty() : fileKey;
            if (fileKey.isPresent() && (fileKey.get().isEmpty() || fileKey.get().chars().anyMatch(Character::isWhitespace))) {
                // H2 separates the file key from the user password by the first space
                throw new IllegalArgumentException("fileKey must be non-empty and contain no whitespace");
            }
        }

        public static Embedded at(Path dataDir) {
            return new Embedded(dataDir, Optional.empty());
        }

        public Embedded encryptedWith(String fileKey) {
            return new Embedded(dataDir, Optional.of(fileKey));
        }

        /** The database file H2 writes. */
        public Path file() {
            return dataDir.resolve("tutela.mv.db");
        }

        @Override
        public String toString() {
            // never print the key into a log
            return "Embedded[dataDir=" + dataDir + ", encrypted=" + fileKey.isPresent() + "]";
        }
    }

    /** A PostgreSQL server; {@code schema}, when given, holds the tables and is created if missing. */
    record Postgres(String jdbcUrl, String user, String password, Optional<String> schema) implements StorageConfig {
        public Postgres {
            if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("jdbcUrl must start with jdbc:postgresql: but is " + jdbcUrl);
            }
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("user is required");
            }
            password = password == null ? "" : password;
            schema = schema == null ? Optional.empty() : schema.filter(s -> !s.isBlank());
            if (schema.isPresent() && !schema.get().matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("schema must be a lower-case SQL identifier but is '" + schema.get() + "'");
            }
        }

        @Override
        public String toString() {
            return "Postgres[jdbcUrl=" + jdbcUrl + ", user=" + user + ", schema=" + schema.orElse("(default)") + "]";
        }
    }
}
