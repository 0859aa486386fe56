package org.tutela.benchmarks.datasets;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared name data sits. The data is never copied into the repository: a run reads it from
 * {@code tutela.shared.dir} (system property), by default {@code ../shared} beside the repository root.
 */
public final class SharedData {

    public static final String PROPERTY = "tutela.shared.dir";

    private SharedData() {
    }

    /** The shared directory, whether or not it exists. */
    public static Path sharedDir() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return repositoryRoot().resolve("..").resolve("shared").toAbsolutePath().normalize();
    }

    /** {@code <shared>/data/names}, or a {@link MissingSharedDataException} that says where it looked and what to do. */
    public static Path namesDir() {
        Path dir = sharedDir().resolve("data").resolve("names");
        if (!Files.isDirectory(dir)) {
            throw new MissingSharedDataException("shared name data not found at " + dir
                    + "; set -D" + PROPERTY + "=<dir containing data/names> or run from the repository root");
        }
        return dir;
    }

    /** A named file of the names directory, checked to exist. */
    public static Path namesFile(String fileName) {
        Path file = namesDir().resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new MissingSharedDataException("shared name file missing: " + file);
        }
        return file;
    }

    /** The nearest directory upwards from the working directory that holds the parent pom of this project. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("benchmarks"))) {
                return d;
            }
        }
        return dir;
    }

    public static final class MissingSharedDataException extends RuntimeException {
        public MissingSharedDataException(String message) {
            super(message);
        }
    }
}
